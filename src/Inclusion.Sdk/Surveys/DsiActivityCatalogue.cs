using System.Numerics;
using System.Runtime.CompilerServices;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Utility;
using nietras.SeparatedValues;

namespace Inclusion.Sdk.Surveys;

/// <summary>
/// The list of DSI 2.0 activities per area, as data, and the classification of respondents by it. Activity i of
/// <see cref="Activities"/> is bit i of an activity mask (<see cref="ulong"/>), so that classifying a respondent is
/// five population counts and allocates nothing.
/// </summary>
/// <remarks>
/// <para><b>Default catalogue.</b> The 30 activities and ICT-survey variable codes of the European Commission's DSI 2.0
/// metadata (Digital Decade DESI tool, <c>digital-agenda-data/digital-agenda: fixtures/indicator.json</c>, codes
/// <c>i_dsk2_*</c>, May 2022): IL 4, CC 6, DCC 7, SF 6, PS 7 — embedded as <c>Resources/surveys/dsi2-activities.csv</c>.
/// It is <b>to be confirmed against Eurostat's annex</b> of <c>isoc_sk_dskl_i21</c>, which could not be read; the two open
/// points are the choices of <see cref="DsiCatalogueVariant"/>. Load another list with <see cref="Load"/>.</para>
/// <para><b>Per-area rule</b> (not catalogue data): IL and CC basic = 1 activity, above basic = 2 or more; DCC, SF, PS
/// basic = 1 or 2, above basic = 3 or more; 0 = no skills. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class DsiActivityCatalogue
{
    private static readonly Lazy<DsiActivityCatalogue> DefaultCatalogue = new(() => Create(DsiCatalogueVariant.None));
    private readonly ulong[] areaMasks = new ulong[5];
    private readonly int[] aboveThresholds = new int[5];

    private DsiActivityCatalogue(string name, IReadOnlyList<DsiActivity> activities)
    {
        Name = name;
        Activities = activities;
        for (var i = 0; i < activities.Count; i++)
        {
            areaMasks[(int)activities[i].Area] |= 1UL << i;
        }

        for (var a = 0; a < 5; a++)
        {
            aboveThresholds[a] = DsiLevels.Thresholds((DsiArea)a).Above;
        }
    }

    /// <summary>The default catalogue (<see cref="DsiCatalogueVariant.None"/>).</summary>
    public static DsiActivityCatalogue Default => DefaultCatalogue.Value;

    /// <summary>A name for reports, for example <c>DSI 2.0 (Commission metadata 2022)</c>.</summary>
    public string Name { get; }

    /// <summary>The activities; activity i is bit i of an activity mask.</summary>
    public IReadOnlyList<DsiActivity> Activities { get; }

    /// <summary>The default catalogue with the open points decided as <paramref name="variant"/> says.</summary>
    /// <param name="variant">The choices.</param>
    /// <returns>The catalogue.</returns>
    public static DsiActivityCatalogue Create(DsiCatalogueVariant variant)
    {
        using var stream = EmbeddedData.Open("surveys/dsi2-activities.csv");
        using var reader = new StreamReader(stream);
        var builder = new ValidationReportBuilder();
        var activities = Read(reader, "dsi2-activities.csv", builder);
        if (builder.ErrorCount > 0)
        {
            throw new InvalidOperationException("The embedded DSI catalogue is invalid (a packaging error).");
        }

        var list = new List<DsiActivity>();
        foreach (var activity in activities)
        {
            if (activity.Code == "fact-checking" && variant.HasFlag(DsiCatalogueVariant.FactCheckingTwoItems))
            {
                list.Add(new DsiActivity(activity.Area, activity.Code, ["TICCSFOI", "TICIDIS", "TICNIDIS"], [.. activity.YesValues], activity.Label.Replace("four", "three", StringComparison.Ordinal)));
                list.Add(new DsiActivity(activity.Area, "fact-checking-xnd", ["TICXND"], [.. activity.YesValues], "Fact-checking online information (TICXND, counted apart)"));
            }
            else if (activity.Code == "word-processing" && variant.HasFlag(DsiCatalogueVariant.WordProcessingOrSpreadsheetMerged))
            {
                list.Add(new DsiActivity(activity.Area, "word-processing-or-spreadsheet", ["CWRD1", "CXLS1"], [.. activity.YesValues], "Using word processing or spreadsheet software"));
            }
            else if (activity.Code == "spreadsheet" && variant.HasFlag(DsiCatalogueVariant.WordProcessingOrSpreadsheetMerged))
            {
                continue;
            }
            else
            {
                list.Add(activity);
            }
        }

        var name = variant == DsiCatalogueVariant.None ? "DSI 2.0 (Commission metadata 2022)" : $"DSI 2.0 (Commission metadata 2022; {variant})";
        return new DsiActivityCatalogue(name, list);
    }

    /// <summary>Reads a catalogue from CSV: header <c>area,activity,variables,yes_values,label</c>, variables and yes
    /// values separated by <c>|</c> (<c>yes_values</c> empty means <c>1</c>).</summary>
    /// <param name="text">The CSV text.</param>
    /// <param name="source">The file name for issue locations.</param>
    /// <param name="name">The catalogue's name; the source by default.</param>
    /// <returns>The catalogue (null when there are errors) and the report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static DsiCatalogueLoadResult Load(TextReader text, string? source = null, string? name = null)
    {
        Preconditions.CheckNotNull(text);
        var builder = new ValidationReportBuilder();
        var activities = Read(text, source, builder);
        var catalogue = builder.ErrorCount == 0 ? new DsiActivityCatalogue(name ?? source ?? "custom catalogue", activities) : null;
        return new DsiCatalogueLoadResult(catalogue, builder.Build(source));
    }

    /// <summary>The mask of the activities whose codes are given.</summary>
    /// <param name="activityCodes">Activity codes of this catalogue.</param>
    /// <returns>The mask.</returns>
    /// <exception cref="ArgumentException">A code is not in the catalogue.</exception>
    public ulong MaskOf(params ReadOnlySpan<string> activityCodes)
    {
        ulong mask = 0;
        foreach (var code in activityCodes)
        {
            var index = -1;
            for (var i = 0; i < Activities.Count; i++)
            {
                if (Activities[i].Code == code)
                {
                    index = i;
                    break;
                }
            }

            Preconditions.CheckArgument(index >= 0, nameof(activityCodes), $"'{code}' is not an activity of {Name}.");
            mask |= 1UL << index;
        }

        return mask;
    }

    /// <summary>The number of activities of an area done, by an activity mask.</summary>
    /// <param name="activities">The activity mask.</param>
    /// <param name="area">The area.</param>
    /// <returns>The count.</returns>
    public int CountIn(ulong activities, DsiArea area) => BitOperations.PopCount(activities & areaMasks[(int)area]);

    /// <summary>The level in one area.</summary>
    /// <param name="activities">The activity mask.</param>
    /// <param name="area">The area.</param>
    /// <returns>None, basic or above basic.</returns>
    public AreaSkillLevel AreaLevelOf(ulong activities, DsiArea area)
    {
        var count = CountIn(activities, area);
        return count == 0 ? AreaSkillLevel.None : count >= aboveThresholds[(int)area] ? AreaSkillLevel.AboveBasic : AreaSkillLevel.Basic;
    }

    /// <summary>The overall DSI level of a respondent.</summary>
    /// <param name="activities">The activity mask.</param>
    /// <param name="internetUse">When the respondent last used the internet; only use in the last 3 months is scored.</param>
    /// <returns>The level; <see cref="DsiOverallLevel.NotAssessed"/> for non-users of the last 3 months.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public DsiOverallLevel Classify(ulong activities, InternetUse internetUse)
    {
        if (internetUse != InternetUse.LastThreeMonths)
        {
            return DsiOverallLevel.NotAssessed;
        }

        int atLeastBasic = 0, above = 0;
        for (var a = 0; a < 5; a++)
        {
            var count = BitOperations.PopCount(activities & areaMasks[a]);
            atLeastBasic += count > 0 ? 1 : 0;
            above += count >= aboveThresholds[a] ? 1 : 0;
        }

        return DsiLevels.Combine(atLeastBasic, above == 5, internetUser: true);
    }

    /// <summary>Classifies many respondents (dense arrays, no allocation).</summary>
    /// <param name="activities">One activity mask per respondent.</param>
    /// <param name="internetUse">One recency per respondent.</param>
    /// <param name="levels">Receives one level per respondent.</param>
    /// <exception cref="ArgumentException">The three spans do not have the same length.</exception>
    public void ClassifyAll(ReadOnlySpan<ulong> activities, ReadOnlySpan<InternetUse> internetUse, Span<DsiOverallLevel> levels)
    {
        Preconditions.CheckArgument(activities.Length == internetUse.Length && activities.Length == levels.Length, nameof(levels), "Expected spans of the same length.");
        for (var i = 0; i < activities.Length; i++)
        {
            levels[i] = Classify(activities[i], internetUse[i]);
        }
    }

    /// <summary>The number of areas with at least one activity (INSEE's "domains with competence").</summary>
    /// <param name="activities">The activity mask.</param>
    /// <returns>0 to 5.</returns>
    public int AreasWithActivity(ulong activities)
    {
        var n = 0;
        for (var a = 0; a < 5; a++)
        {
            n += (activities & areaMasks[a]) != 0 ? 1 : 0;
        }

        return n;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Name}: {Activities.Count} activities";

    private static List<DsiActivity> Read(TextReader text, string? source, ValidationReportBuilder report)
    {
        var activities = new List<DsiActivity>();
        var codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var variables = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        long rowNumber = 1;
        try
        {
            using var reader = Sep.Reader(o => o with { Sep = new Sep(','), Unescape = true, DisableColCountCheck = true }).From(text);
            var header = reader.Header;
            string[] required = ["area", "activity", "variables", "yes_values", "label"];
            var missing = required.Where(c => !header.ColNames.Contains(c, StringComparer.OrdinalIgnoreCase)).ToArray();
            if (header.ColNames.Count == 0 || (missing.Length > 0 && !reader.HasRows))
            {
                report.Add(SurveyRules.CatalogueEmpty.Issue(null, location: new IssueLocation(source, null, null, null)));
                return activities;
            }

            foreach (var column in missing)
            {
                report.Add(SurveyRules.MissingColumn.Issue(string.Join(',', header.ColNames), location: new IssueLocation(source, 1, null, null), extra: column));
            }

            if (missing.Length > 0)
            {
                return activities;
            }

            int Col(string n) => header.ColNames.ToList().FindIndex(c => string.Equals(c, n, StringComparison.OrdinalIgnoreCase));
            int area = Col("area"), code = Col("activity"), vars = Col("variables"), yes = Col("yes_values"), label = Col("label");
            var width = header.ColNames.Count;
            foreach (var row in reader)
            {
                rowNumber = row.RowIndex + 1;
                if (row.ColCount != width)
                {
                    report.Add(SurveyRules.RaggedRow.Issue(null, location: new IssueLocation(source, rowNumber, null, null), extra: [row.ColCount, width]));
                    continue;
                }

                var areaText = row[area].Span.Trim();
                if (!DsiLevels.TryParseArea(areaText, out var parsedArea))
                {
                    report.Add(SurveyRules.CatalogueArea.Issue(areaText.ToString(), allowedValues: ["IL", "CC", "DCC", "SF", "PS"], location: new IssueLocation(source, rowNumber, area + 1, "area")));
                    continue;
                }

                var activityCode = row[code].Span.Trim().ToString();
                var variableList = Split(row[vars].Span);
                if (activityCode.Length == 0 || variableList.Length == 0)
                {
                    report.Add(SurveyRules.CatalogueRow.Issue(row.Span.ToString(), location: new IssueLocation(source, rowNumber, null, null)));
                    continue;
                }

                var duplicate = !codes.Add(activityCode) ? activityCode : variableList.FirstOrDefault(v => !variables.Add(v));
                if (duplicate is not null)
                {
                    report.Add(SurveyRules.CatalogueDuplicate.Issue(duplicate, location: new IssueLocation(source, rowNumber, null, null)));
                    continue;
                }

                var yesValues = Split(row[yes].Span);
                activities.Add(new DsiActivity(parsedArea, activityCode, variableList, yesValues.Length == 0 ? ["1"] : yesValues, row[label].Span.Trim().ToString()));
            }
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException or NotSupportedException or FormatException or IndexOutOfRangeException)
        {
            report.Add(SurveyRules.Unreadable.Issue(e.Message, location: new IssueLocation(source, rowNumber, null, null)));
        }

        if (activities.Count == 0 && report.ErrorCount == 0)
        {
            report.Add(SurveyRules.CatalogueEmpty.Issue(null, location: new IssueLocation(source, null, null, null)));
        }
        else if (activities.Count > 64)
        {
            report.Add(SurveyRules.CatalogueTooLarge.Issue(activities.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), location: new IssueLocation(source, null, null, null)));
        }

        return activities;
    }

    private static string[] Split(ReadOnlySpan<char> text) =>
        text.ToString().Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
