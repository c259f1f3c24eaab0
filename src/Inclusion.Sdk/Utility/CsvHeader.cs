using Inclusion.Sdk.Reporting;
using nietras.SeparatedValues;

namespace Inclusion.Sdk.Utility;

/// <summary>Column lookup of a CSV header (case-insensitive, BOM and spaces trimmed) with located "missing column"
/// issues that suggest the closest header name.</summary>
internal sealed class CsvHeader
{
    private readonly string[] names;

    private CsvHeader(string[] names) => this.names = names;

    internal string Text => string.Join(',', names);

    internal string Cell(int index) => names[index];

    internal static CsvHeader From(SepReader.Row row)
    {
        var names = new string[row.ColCount];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = row[i].Span.Trim().Trim('\uFEFF').Trim().ToString();
        }

        return new CsvHeader(names);
    }

    internal int IndexOf(string column)
    {
        for (var i = 0; i < names.Length; i++)
        {
            if (string.Equals(names[i], column, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Indexes of <paramref name="required"/>; reports each missing one and returns null if any is missing.</summary>
    internal int[]? Require(string[] required, RuleDefinition missingRule, string? source, ValidationReportBuilder report)
    {
        var indexes = new int[required.Length];
        var ok = true;
        for (var k = 0; k < required.Length; k++)
        {
            indexes[k] = IndexOf(required[k]);
            if (indexes[k] >= 0)
            {
                continue;
            }

            ok = false;
            var closest = ClosestMatch.Find(required[k], names);
            var at = closest is null ? -1 : Array.IndexOf(names, closest);
            report.Add(missingRule.Issue(
                Text,
                suggestion: closest is null ? null : required[k],
                location: new IssueLocation(source, 1, at >= 0 ? at + 1 : null, at >= 0 ? names[at] : null),
                extra: [required[k]]));
        }

        return ok ? indexes : null;
    }

    internal static bool IsBlank(SepReader.Row row) => row.ColCount == 1 && row[0].Span.IsWhiteSpace();

    internal static string Cell(SepReader.Row row, int index) =>
        index >= 0 && index < row.ColCount ? row[index].Span.Trim().ToString() : string.Empty;

}
