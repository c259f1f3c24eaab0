using Inclusion.Sdk.Activities;
using System.Globalization;
using Inclusion.Sdk.Identifiers;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Utility;
using nietras.SeparatedValues;
using NodaTime.Text;

namespace Inclusion.Sdk.Files;

/// <summary>
/// Reads legacy v1 reports from CSV, one report per row, reporting bad rows with their location.
/// </summary>
/// <remarks>Layout (header required, case-insensitive, any order): <c>date,code_commune,activite,nb_participants,
/// nb_participants_recurrents,moins_12_ans,de_12_a_18_ans,de_18_a_35_ans,de_35_a_60_ans,plus_60_ans,etudiant,
/// sans_emploi,en_emploi,retraite,heterogene</c>, optional <c>themes</c> (<c>|</c>-separated) and <c>canal</c>
/// (<c>rattachement</c>, <c>distance</c>, <c>domicile</c> or <c>autre</c>; empty = not recorded). Column names follow the
/// import model of La Coop (<c>CraConseillerNumeriqueV1</c>, indicators.md §8).</remarks>
public static class LegacyCraFile
{
    private static readonly string[] ChannelValues = ["rattachement", "distance", "domicile", "autre"];

    private static readonly string[] Required =
    [
        "date", "code_commune", "activite", "nb_participants", "nb_participants_recurrents",
        "moins_12_ans", "de_12_a_18_ans", "de_18_a_35_ans", "de_35_a_60_ans", "plus_60_ans",
        "etudiant", "sans_emploi", "en_emploi", "retraite", "heterogene",
    ];

    /// <summary>Reads the valid reports of a CSV table, lazily; issues go to <paramref name="issues"/> as the sequence
    /// is enumerated. A missing required column is <c>file.header.missing</c>; file-level problems are <c>file.*</c>
    /// issues and the reports read before a fault are kept.</summary>
    /// <param name="input">The bytes of the file (UTF-8 expected); not closed.</param>
    /// <param name="issues">Receives every issue.</param>
    /// <param name="options">The source name for issue locations; <see langword="null"/> for the defaults.</param>
    /// <returns>The valid reports, in file order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> or <paramref name="issues"/> is null.</exception>
    public static IEnumerable<LegacyCra> Read(Stream input, IIssueSink issues, ReadOptions? options = null)
    {
        Preconditions.CheckNotNull(input);
        Preconditions.CheckNotNull(issues);
        return ReadIterator(input, (options ?? ReadOptions.Default).Source, issues);
    }

    /// <summary>Reads the valid reports of the file at <paramref name="path"/>, lazily (the file is opened when the
    /// sequence is enumerated and closed at its end).</summary>
    /// <param name="path">The path; its file name is the source of issue locations unless <paramref name="options"/> sets one.</param>
    /// <param name="issues">Receives every issue.</param>
    /// <param name="options">The options; <see langword="null"/> for the defaults.</param>
    /// <returns>The valid reports, in file order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="issues"/> is null.</exception>
    /// <exception cref="IOException">When enumerated: the file cannot be opened or read.</exception>
    /// <exception cref="UnauthorizedAccessException">When enumerated: the file cannot be opened for reading.</exception>
    public static IEnumerable<LegacyCra> Read(string path, IIssueSink issues, ReadOptions? options = null)
    {
        Preconditions.CheckNotNull(path);
        Preconditions.CheckNotNull(issues);
        return ReadFile(path, issues, ReadOptions.ForPath(options, path));
    }

    private static IEnumerable<LegacyCra> ReadFile(string path, IIssueSink issues, ReadOptions options)
    {
        using var stream = File.OpenRead(path);
        foreach (var cra in ReadIterator(stream, options.Source, issues))
        {
            yield return cra;
        }
    }

    private static IEnumerable<LegacyCra> ReadIterator(Stream input, string? source, IIssueSink report)
    {
        int[]? columns = null;
        var themes = -1;
        var canal = -1;
        return CsvHeader.Rows<LegacyCra>(
            input,
            source,
            report,
            header =>
            {
                columns = header.Require(Required, source, report);
                themes = header.IndexOf("themes");
                canal = header.IndexOf("canal");
                return columns is not null;
            },
            (row, rowNumber) => ReadRow(row, rowNumber, columns!, themes, canal, source, report));
    }

    private static LegacyCra? ReadRow(SepReader.Row row, long rowNumber, int[] c, int themes, int canal, string? source, IIssueSink report)
    {
        var ok = true;
        LegacyChannel? channel = null;
        var channelText = CsvHeader.Cell(row, canal);
        if (channelText.Length > 0)
        {
            var found = Array.FindIndex(ChannelValues, v => v.Equals(channelText.Trim(), StringComparison.OrdinalIgnoreCase));
            if (found >= 0)
            {
                channel = (LegacyChannel)found;
            }
            else
            {
                report.Add(ActivityRules.LegacyCanal.Issue(channelText, allowedValues: ChannelValues,
                    suggestion: ClosestMatch.Find(channelText, ChannelValues), location: new IssueLocation(source, rowNumber, canal + 1, "canal")));
                ok = false;
            }
        }

        var dateText = CsvHeader.Cell(row, c[0]);
        var date = LocalDatePattern.Iso.Parse(dateText);
        if (!date.Success)
        {
            report.Add(ActivityRules.Date.Issue(dateText, location: new IssueLocation(source, rowNumber, c[0] + 1, Required[0])));
            ok = false;
        }

        CommuneCode? commune = null;
        var communeText = CsvHeader.Cell(row, c[1]);
        if (communeText.Length > 0)
        {
            if (CommuneCode.TryParse(communeText, out var code))
            {
                commune = code;
            }
            else
            {
                report.Add(ActivityRules.Commune.Issue(communeText, location: new IssueLocation(source, rowNumber, c[1] + 1, Required[1])));
                ok = false;
            }
        }

        var kindText = CsvHeader.Cell(row, c[2]);
        var kind = kindText.ToUpperInvariant() switch
        {
            "INDIVIDUEL" => LegacyActivityKind.Individuel,
            "COLLECTIF" => LegacyActivityKind.Collectif,
            "PONCTUEL" => LegacyActivityKind.Ponctuel,
            _ => (LegacyActivityKind)(-1),
        };
        if (kind < 0)
        {
            report.Add(ActivityRules.LegacyActivite.Issue(kindText, allowedValues: ["individuel", "collectif", "ponctuel"],
                location: new IssueLocation(source, rowNumber, c[2] + 1, Required[2])));
            ok = false;
        }

        var counts = new int[12];
        for (var k = 0; k < 12; k++)
        {
            var text = CsvHeader.Cell(row, c[3 + k]);
            if (text.Length == 0)
            {
                continue;
            }

            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out counts[k]))
            {
                report.Add(ActivityRules.Count.Issue(text, location: new IssueLocation(source, rowNumber, c[3 + k] + 1, Required[3 + k])));
                ok = false;
            }
        }

        if (!ok)
        {
            return null;
        }

        var themeList = CsvHeader.Cell(row, themes).Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new LegacyCra(date.Value, commune, kind, counts[0], counts[1], counts[2..7], counts[7..12], themeList, channel);
    }
}
