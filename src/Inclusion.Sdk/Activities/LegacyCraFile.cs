using Inclusion.Sdk.Files;
using System.Globalization;
using Inclusion.Sdk.Identifiers;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Utility;
using nietras.SeparatedValues;
using NodaTime.Text;

namespace Inclusion.Sdk.Activities;

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

    /// <summary>Reads every valid report of <paramref name="text"/>.</summary>
    /// <param name="text">The CSV text.</param>
    /// <param name="source">The file name used in issue locations, or null.</param>
    /// <param name="report">Receives every issue.</param>
    /// <returns>The valid reports, in file order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="report"/> is null.</exception>
    public static IReadOnlyList<LegacyCra> Read(TextReader text, string? source, ValidationReportBuilder report)
    {
        Preconditions.CheckNotNull(text);
        Preconditions.CheckNotNull(report);
        var result = new List<LegacyCra>();
        int[]? columns = null;
        var themes = -1;
        var canal = -1;
        CsvHeader.ForEachRow(
            text,
            source,
            report,
            ActivityRules.Unreadable,
            ActivityRules.FileEmpty,
            (header, _) =>
            {
                columns = header.Require(Required, ActivityRules.MissingColumn, source, report);
                themes = header.IndexOf("themes");
                canal = header.IndexOf("canal");
                return columns is not null;
            },
            (row, rowNumber) =>
            {
                if (ReadRow(row, rowNumber, columns!, themes, canal, source, report) is { } cra)
                {
                    result.Add(cra);
                }
            });

        return result;
    }

    private static LegacyCra? ReadRow(SepReader.Row row, long rowNumber, int[] c, int themes, int canal, string? source, ValidationReportBuilder report)
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
