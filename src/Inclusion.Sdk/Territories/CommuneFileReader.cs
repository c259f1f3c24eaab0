using System.Globalization;
using Inclusion.Sdk.Identifiers;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Utility;
using nietras.SeparatedValues;

namespace Inclusion.Sdk.Territories;

/// <summary>
/// Reads a commune file — the <c>code_insee,nom,code_postal</c> layout of coop-mediation-numerique or INSEE's COG
/// commune layout (<c>TYPECOM,COM,REG,DEP,CTCD,ARR,TNCC,NCC,NCCENR,LIBELLE,CAN,COMPARENT</c>) — into rows, reporting
/// every bad row with its location instead of throwing.
/// </summary>
internal static class CommuneFileReader
{
    private const string CoopCode = "code_insee";
    private const string CoopName = "nom";
    private const string CoopPostalCode = "code_postal";
    private const string InseeType = "TYPECOM";
    private const string InseeCode = "COM";
    private const string InseeName = "LIBELLE";
    private const string InseeParent = "COMPARENT";
    private const string Population = "population";

    private static readonly string[] CoopColumns = [CoopCode, CoopName, CoopPostalCode];
    private static readonly string[] InseeColumns = [InseeType, InseeCode, InseeName];
    private static readonly char[] PostalCodeSeparators = [',', ';', '|'];

    internal static List<CommuneRow> Read(TextReader text, string? source, ValidationReportBuilder report)
    {
        var rows = new List<CommuneRow>();
        var seen = new Dictionary<CommuneCode, long>();
        Layout? layout = null;
        long rowNumber = 0;
        try
        {
            using var reader = Sep.Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true }).From(text);
            foreach (var row in reader)
            {
                rowNumber = row.RowIndex + 1;
                if (layout is null)
                {
                    if (IsBlank(row))
                    {
                        continue;
                    }

                    layout = DetectLayout(row, source, report);
                    if (layout.Kind == LayoutKind.None)
                    {
                        break;
                    }

                    if (layout.Kind != LayoutKind.Headerless)
                    {
                        continue;
                    }
                }

                ReadRow(row, rowNumber, layout, source, report, rows, seen);
            }
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException or NotSupportedException or FormatException or IndexOutOfRangeException)
        {
            report.Add(TerritoryRules.Unreadable.Issue(e.Message, location: new IssueLocation(source, Math.Max(rowNumber, 1), null, null)));
        }

        if (layout is null)
        {
            report.Add(TerritoryRules.FileEmpty.Issue(null, location: new IssueLocation(source, null, null, null)));
        }

        return rows;
    }

    private static bool IsBlank(SepReader.Row row) => row.ColCount == 1 && row[0].Span.IsWhiteSpace();

    private static Layout DetectLayout(SepReader.Row header, string? source, ValidationReportBuilder report)
    {
        var names = new string[header.ColCount];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = header[i].Span.Trim().Trim('\uFEFF').Trim().ToString();
        }

        var population = IndexOf(names, Population);
        var coopCode = IndexOf(names, CoopCode);
        if (coopCode >= 0)
        {
            var name = IndexOf(names, CoopName);
            if (name >= 0)
            {
                return new Layout(LayoutKind.Coop, names.Length, coopCode, name, IndexOf(names, CoopPostalCode), population, -1, -1);
            }

            return Missing(names, [CoopName], "code_insee,nom,code_postal", source, report);
        }

        var inseeCode = IndexOf(names, InseeCode);
        var inseeType = IndexOf(names, InseeType);
        var inseeName = IndexOf(names, InseeName);
        if (inseeCode >= 0 && inseeType >= 0 && inseeName >= 0)
        {
            return new Layout(LayoutKind.Insee, names.Length, inseeCode, inseeName, -1, population, inseeType, IndexOf(names, InseeParent));
        }

        if (names.Length >= 2 && CommuneCode.TryParse(names[0], out _))
        {
            report.Add(TerritoryRules.MissingHeader.Issue(
                string.Join(',', names),
                suggestion: "code_insee,nom,code_postal",
                location: new IssueLocation(source, 1, null, null)));
            return new Layout(LayoutKind.Headerless, names.Length, 0, 1, names.Length > 2 ? 2 : -1, -1, -1, -1);
        }

        // Neither layout: report the required columns of the closer layout, with a "did you mean".
        var inseeScore = Score(names, InseeColumns);
        var coopScore = Score(names, CoopColumns);
        return inseeScore > coopScore
            ? Missing(names, InseeColumns, "TYPECOM,COM,…,LIBELLE", source, report)
            : Missing(names, [CoopCode, CoopName], "code_insee,nom,code_postal", source, report);
    }

    private static Layout Missing(string[] names, string[] required, string expected, string? source, ValidationReportBuilder report)
    {
        foreach (var column in required)
        {
            if (IndexOf(names, column) >= 0)
            {
                continue;
            }

            // Did you mean: the unknown header name closest to the missing column (at most 2 edits).
            var closest = -1;
            var best = int.MaxValue;
            for (var i = 0; i < names.Length; i++)
            {
                if (IsKnownColumn(names[i]))
                {
                    continue;
                }

                var distance = ClosestMatch.Distance(names[i], column);
                if (IsClose(distance, names[i], column) && distance < best)
                {
                    closest = i;
                    best = distance;
                }
            }

            var location = closest >= 0
                ? new IssueLocation(source, 1, closest + 1, names[closest])
                : new IssueLocation(source, 1, null, null);
            report.Add(TerritoryRules.MissingColumn.Issue(
                closest >= 0 ? names[closest] : string.Join(',', names),
                suggestion: closest >= 0 ? column : null,
                location: location,
                extra: [column, "expected " + expected]));
        }

        return Layout.None;
    }

    private static bool IsKnownColumn(string name)
    {
        foreach (var known in (ReadOnlySpan<string>)[CoopCode, CoopName, CoopPostalCode, InseeType, InseeCode, InseeName, InseeParent, Population])
        {
            if (string.Equals(known, name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static int Score(string[] names, string[] columns)
    {
        var score = 0;
        foreach (var column in columns)
        {
            foreach (var name in names)
            {
                if (IsClose(ClosestMatch.Distance(name, column), name, column))
                {
                    score++;
                    break;
                }
            }
        }

        return score;
    }

    /// <summary>A header name is a likely misspelling of a column: at most 2 edits, and fewer than the shorter length.</summary>
    private static bool IsClose(int distance, string name, string column) =>
        distance <= 2 && distance < Math.Min(name.Length, column.Length);

    private static int IndexOf(string[] names, string column)
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

    private static void ReadRow(
        SepReader.Row row,
        long rowNumber,
        Layout layout,
        string? source,
        ValidationReportBuilder report,
        List<CommuneRow> rows,
        Dictionary<CommuneCode, long> seen)
    {
        if (IsBlank(row))
        {
            return; // A blank line.
        }

        if (row.ColCount != layout.ColumnCount)
        {
            report.Add(TerritoryRules.RaggedRow.Issue(
                null,
                location: new IssueLocation(source, rowNumber, null, null),
                extra: [row.ColCount, layout.ColumnCount]));
            return;
        }

        if (layout.Type >= 0)
        {
            var type = row[layout.Type].Span.Trim();
            if (!type.Equals("COM", StringComparison.OrdinalIgnoreCase) && !type.Equals("ARM", StringComparison.OrdinalIgnoreCase))
            {
                return; // Communes déléguées and associées share the code space of communes: skipped.
            }
        }

        var codeText = row[layout.Code].Span.Trim();
        var parsed = CommuneCode.Parse(codeText);
        if (!parsed.TryGetValue(out var code))
        {
            report.Add(TerritoryRules.BadCode.Issue(
                codeText.ToString(),
                suggestion: parsed.Error?.Suggestion,
                location: Cell(source, rowNumber, layout.Code, layout, layout.Kind == LayoutKind.Insee ? InseeCode : CoopCode),
                extra: parsed.Error?.RuleCode));
            return;
        }

        var name = row[layout.Name].Span.Trim();
        if (name.IsEmpty)
        {
            report.Add(TerritoryRules.MissingName.Issue(
                code.ToString(),
                location: Cell(source, rowNumber, layout.Name, layout, layout.Kind == LayoutKind.Insee ? InseeName : CoopName)));
            return;
        }

        PostalCode[] postalCodes = [];
        if (layout.PostalCode >= 0 && !TryReadPostalCodes(row[layout.PostalCode].Span, out postalCodes, out var bad, out var badError))
        {
            report.Add(TerritoryRules.BadPostalCode.Issue(
                bad,
                suggestion: badError?.Suggestion,
                location: Cell(source, rowNumber, layout.PostalCode, layout, CoopPostalCode),
                extra: badError?.RuleCode));
            return;
        }

        long? population = null;
        if (layout.Population >= 0)
        {
            var populationText = row[layout.Population].Span.Trim();
            if (!populationText.IsEmpty)
            {
                if (long.TryParse(populationText, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
                {
                    population = value;
                }
                else
                {
                    report.Add(TerritoryRules.BadPopulation.Issue(
                        populationText.ToString(),
                        location: Cell(source, rowNumber, layout.Population, layout, Population)));
                }
            }
        }

        var parent = code.ParentCommune;
        if (layout.Parent >= 0 && CommuneCode.TryParse(row[layout.Parent].Span.Trim(), out var declaredParent))
        {
            parent = declaredParent;
        }

        if (seen.TryGetValue(code, out var firstRow))
        {
            report.Add(TerritoryRules.DuplicateCode.Issue(
                code.ToString(),
                location: Cell(source, rowNumber, layout.Code, layout, layout.Kind == LayoutKind.Insee ? InseeCode : CoopCode),
                extra: firstRow));
            return;
        }

        seen.Add(code, rowNumber);
        rows.Add(new CommuneRow(code, name.ToString(), postalCodes, population, parent));
    }

    private static bool TryReadPostalCodes(ReadOnlySpan<char> text, out PostalCode[] codes, out string? bad, out ValidationIssue? error)
    {
        bad = null;
        error = null;
        codes = [];
        text = text.Trim();
        if (text.IsEmpty)
        {
            return true; // Some territories (TAAF districts) have no postal code.
        }

        var list = new List<PostalCode>(1);
        foreach (var range in text.SplitAny(PostalCodeSeparators))
        {
            var part = text[range].Trim();
            if (part.IsEmpty)
            {
                continue;
            }

            var parsed = PostalCode.Parse(part);
            if (!parsed.TryGetValue(out var postalCode))
            {
                bad = part.ToString();
                error = parsed.Error;
                return false;
            }

            if (!list.Contains(postalCode))
            {
                list.Add(postalCode);
            }
        }

        codes = [.. list];
        return true;
    }

    private static IssueLocation Cell(string? source, long row, int column, Layout layout, string field) =>
        new(source, row, column + 1, layout.Kind == LayoutKind.Headerless ? null : field);

    private enum LayoutKind
    {
        None,
        Coop,
        Insee,
        Headerless,
    }

    private sealed record Layout(LayoutKind Kind, int ColumnCount, int Code, int Name, int PostalCode, int Population, int Type, int Parent)
    {
        internal static Layout None { get; } = new(LayoutKind.None, 0, -1, -1, -1, -1, -1, -1);
    }
}

/// <summary>A commune row that passed validation.</summary>
internal readonly record struct CommuneRow(CommuneCode Code, string Name, PostalCode[] PostalCodes, long? Population, CommuneCode Parent);
