using Inclusion.Sdk.Reporting;
using nietras.SeparatedValues;

namespace Inclusion.Sdk.Skills;

/// <summary>The shared CSV loop of skills files: header check, ragged rows, unreadable input — all located.</summary>
internal static class SkillsCsv
{
    internal delegate void RowHandler(long rowNumber, string[] cells);

    /// <summary>Reads rows, handing the required columns' cells (trimmed, in <paramref name="columns"/> order) to <paramref name="handle"/>.</summary>
    internal static void Read(TextReader text, string? source, string[] columns, ValidationReportBuilder report, RowHandler handle)
    {
        long rowNumber = 1;
        try
        {
            using var reader = Sep.Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true }).From(text);
            int[]? indexes = null;
            var width = 0;
            foreach (var row in reader)
            {
                rowNumber = row.RowIndex + 1;
                if (row.ColCount == 1 && row[0].Span.IsWhiteSpace())
                {
                    continue;
                }

                if (indexes is null)
                {
                    var names = new string[row.ColCount];
                    for (var i = 0; i < names.Length; i++)
                    {
                        names[i] = row[i].Span.Trim().Trim('\uFEFF').Trim().ToString();
                    }

                    width = names.Length;
                    indexes = [.. columns.Select(c => Array.FindIndex(names, n => string.Equals(n, c, StringComparison.OrdinalIgnoreCase)))];
                    var missing = false;
                    for (var c = 0; c < columns.Length; c++)
                    {
                        if (indexes[c] < 0)
                        {
                            report.Add(SkillsRules.MissingColumn.Issue(string.Join(',', names), location: new IssueLocation(source, rowNumber, null, null), extra: columns[c]));
                            missing = true;
                        }
                    }

                    if (missing)
                    {
                        return;
                    }

                    continue;
                }

                if (row.ColCount != width)
                {
                    report.Add(SkillsRules.RaggedRow.Issue(null, location: new IssueLocation(source, rowNumber, null, null), extra: [row.ColCount, width]));
                    continue;
                }

                var cells = new string[columns.Length];
                for (var c = 0; c < columns.Length; c++)
                {
                    cells[c] = row[indexes[c]].Span.Trim().ToString();
                }

                handle(rowNumber, cells);
            }
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException or NotSupportedException or FormatException or IndexOutOfRangeException)
        {
            report.Add(SkillsRules.Unreadable.Issue(e.Message, location: new IssueLocation(source, rowNumber, null, null)));
        }
    }

    internal static Competence? Competence(string code, long row, int column, string? source, ValidationReportBuilder report)
    {
        var competence = CompetenceFramework.DigComp22.Find(code);
        if (competence is null || competence.IsArea)
        {
            report.Add(SkillsRules.UnknownCompetence.Issue(code, location: new IssueLocation(source, row, column, "competence")));
            return null;
        }

        return competence;
    }

    internal static int? Level(string text, int minimum, long row, int column, string field, string? source, ValidationReportBuilder report)
    {
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var level) && level >= minimum && level <= 8)
        {
            return level;
        }

        report.Add(SkillsRules.BadLevel.Issue(text, location: new IssueLocation(source, row, column, field), extra: minimum));
        return null;
    }
}
