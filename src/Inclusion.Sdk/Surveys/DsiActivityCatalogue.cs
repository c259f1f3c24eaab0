using System.Numerics;
using System.Runtime.CompilerServices;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Utility;

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
/// points are the choices of <see cref="DsiCatalogueVariant"/>. Load another list with <c>Inclusion.Sdk.Files.DsiActivityCatalogueFile.Load</c>.</para>
/// <para><b>Per-area rule</b> (not catalogue data): IL and CC basic = 1 activity, above basic = 2 or more; DCC, SF, PS
/// basic = 1 or 2, above basic = 3 or more; 0 = no skills. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class DsiActivityCatalogue
{
    private static readonly Lazy<DsiActivityCatalogue> DefaultCatalogue = new(() => Create(DsiCatalogueVariant.None));
    private readonly ulong[] areaMasks = new ulong[5];
    private readonly int[] aboveThresholds = new int[5];

    internal DsiActivityCatalogue(string name, IReadOnlyList<DsiActivity> activities)
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
        var table = EmbeddedCsv.Read("surveys/dsi2-activities.csv");
        var report = new ValidationReportBuilder();
        var builder = new DsiCatalogueBuilder("dsi2-activities.csv", report);
        int area = table.IndexOf("area"), code = table.IndexOf("activity"), vars = table.IndexOf("variables"), yes = table.IndexOf("yes_values"), label = table.IndexOf("label");
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var row = table.Rows[i];
            builder.Add(i + 2, row[area], row[code], row[vars], row[yes], row[label], area + 1);
        }

        var activities = builder.Build("dsi2-activities.csv", report.ErrorCount > 0)?.Activities
            ?? throw new InvalidOperationException("The embedded DSI catalogue is invalid (a packaging error).");

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
}
