using System.Globalization;
using Inclusion.Sdk.Identifiers;
using Inclusion.Sdk.Offer;
using Inclusion.Sdk.Places;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Territories;
using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Files;

/// <summary>What a commune table is read for: the columns it requires and how strict a cell is.</summary>
internal enum CommuneTableUse
{
    /// <summary>The territory registry: code and name required; population, postal codes, coordinates, EPCI optional.</summary>
    Registry,

    /// <summary>The offer map: code, population, latitude and longitude columns required; a commune without a valid
    /// population is rejected.</summary>
    Offer,
}

/// <summary>One valid row of a commune table, with every column the SDK knows.</summary>
internal sealed record CommuneTableRow(CommuneCode Code, string? Name, PostalCode[] PostalCodes, long? Population, CommuneCode Parent, GeoCoordinates? Location, EpciCode? Epci);

/// <summary>
/// The one reader of commune tables (registry, offer map): CSV with a header — the coop-mediation-numerique layout
/// <c>code_insee,nom,code_postal</c>, INSEE's COG layout <c>TYPECOM,COM,…,LIBELLE,…,COMPARENT</c> (only <c>COM</c>
/// and <c>ARM</c> rows kept), the offer layout <c>code_insee,population,latitude,longitude[,nom,epci]</c>, any of them
/// with the optional columns of the others — a headerless coop file (registry only), or a JSON array of objects with the
/// same member names. Bad rows are located issues (<c>territory-file.*</c>), never exceptions; file-level problems are
/// <c>file.*</c> issues.
/// </summary>
internal static class CommuneTable
{
    private const int Code = 0, Name = 1, Postal = 2, Population = 3, Type = 4, Parent = 5, Latitude = 6, Longitude = 7, Epci = 8;

    private static readonly string[] CoopNames = ["code_insee", "nom", "code_postal", "population", "TYPECOM", "COMPARENT", "latitude", "longitude", "epci"];
    private static readonly string[] InseeColumns = ["TYPECOM", "COM", "LIBELLE"];
    private static readonly string[] CoopColumns = ["code_insee", "nom"];
    private static readonly string[] OfferColumns = ["code_insee", "population", "latitude", "longitude"];
    private static readonly char[] PostalCodeSeparators = [',', ';', '|'];

    /// <summary>Reads the valid rows, or returns null when the input is not a usable table (the reason is reported).</summary>
    internal static List<CommuneTableRow>? Read(Stream input, string? source, IIssueSink report, CommuneTableUse use)
    {
        var rows = new List<CommuneTableRow>();
        var seen = new Dictionary<CommuneCode, long>();
        int[]? columns = null;
        string?[] fields = [];
        var width = 0;
        var opened = CsvHeader.ForEachRow(
            input,
            source,
            report,
            header =>
            {
                columns = Layout(header, source, report, use, out var headerless);
                width = header.Count;
                fields = columns is null || headerless ? new string?[CoopNames.Length] : [.. columns.Select(c => c >= 0 ? header.Cell(c) : null)];
                if (columns is not null && headerless)
                {
                    ReadRow(new Cells(k => columns[k] >= 0 ? header.Cell(columns[k]) : string.Empty, k => columns[k] >= 0 ? columns[k] + 1 : null, k => null), 1, source, report, use, rows, seen);
                }

                return columns is not null;
            },
            (row, rowNumber) =>
            {
                if (row.ColCount != width)
                {
                    report.Add(FileRules.RowRagged.Issue(null, location: new IssueLocation(source, rowNumber, null, null), extra: [row.ColCount, width]));
                    return;
                }

                var texts = new string[CoopNames.Length];
                for (var k = 0; k < texts.Length; k++)
                {
                    texts[k] = CsvHeader.Cell(row, columns![k]);
                }

                ReadRow(new Cells(k => texts[k], k => columns![k] >= 0 ? columns[k] + 1 : null, k => fields[k]), rowNumber, source, report, use, rows, seen);
            },
            json: text =>
            {
                foreach (var o in JsonArrayRows.Read(text, source, report, flatten: false))
                {
                    ReadRow(new Cells(k => o.Get(CoopNames[k]).Trim(), _ => null, k => CoopNames[k]), o.Row, source, report, use, rows, seen);
                }
            });
        return opened is null || (!opened.IsJson && columns is null) ? null : rows;
    }

    /// <summary>The column of each known field (−1 when absent), or null after reporting the missing columns.</summary>
    private static int[]? Layout(CsvHeader header, string? source, IIssueSink report, CommuneTableUse use, out bool headerless)
    {
        headerless = false;
        var columns = new int[CoopNames.Length];
        for (var k = 0; k < columns.Length; k++)
        {
            columns[k] = header.IndexOf(CoopNames[k]);
        }

        if (columns[Code] < 0 && header.IndexOf("COM") >= 0 && header.IndexOf("TYPECOM") >= 0 && header.IndexOf("LIBELLE") >= 0)
        {
            columns[Code] = header.IndexOf("COM");
            columns[Name] = header.IndexOf("LIBELLE");
        }
        else
        {
            columns[Type] = -1;
            columns[Parent] = -1;
        }

        if (use == CommuneTableUse.Offer)
        {
            return Require(header, OfferColumns, source, report) ? columns : null;
        }

        if (columns[Code] >= 0)
        {
            return Require(header, [header.Cell(columns[Code]), columns[Name] >= 0 ? header.Cell(columns[Name]) : "nom"], source, report) ? columns : null;
        }

        if (header.Count >= 2 && CommuneCode.TryParse(header.Cell(0), out _))
        {
            report.Add(TerritoryRules.MissingHeader.Issue(header.Text, suggestion: "code_insee,nom,code_postal", location: new IssueLocation(source, 1, null, null)));
            headerless = true;
            Array.Fill(columns, -1);
            columns[Code] = 0;
            columns[Name] = 1;
            columns[Postal] = header.Count > 2 ? 2 : -1;
            return columns;
        }

        // Neither layout: the required columns of the closer one, each with its "did you mean".
        Require(header, Score(header, InseeColumns) > Score(header, CoopColumns) ? InseeColumns : CoopColumns, source, report);
        return null;
    }

    /// <summary>Reports each missing column as <c>file.header.missing</c>, suggesting the unknown header name closest to
    /// it (at most 2 edits, fewer than the shorter length: commune-table headers are short); false if any is missing.</summary>
    private static bool Require(CsvHeader header, string[] required, string? source, IIssueSink report)
    {
        var ok = true;
        foreach (var column in required)
        {
            if (header.IndexOf(column) >= 0)
            {
                continue;
            }

            ok = false;
            var closest = -1;
            var best = int.MaxValue;
            for (var i = 0; i < header.Count; i++)
            {
                var name = header.Cell(i);
                var distance = ClosestMatch.Distance(name, column);
                if (IsClose(distance, name, column) && distance < best && !Array.Exists(CoopNames, n => n.Equals(name, StringComparison.OrdinalIgnoreCase))
                    && !Array.Exists(InseeColumns, n => n.Equals(name, StringComparison.OrdinalIgnoreCase)))
                {
                    (closest, best) = (i, distance);
                }
            }

            report.Add(FileRules.HeaderMissing.Issue(column, suggestion: closest >= 0 ? column : null,
                location: closest >= 0 ? new IssueLocation(source, 1, closest + 1, header.Cell(closest)) : new IssueLocation(source, 1, null, null)));
        }

        return ok;
    }

    private static bool IsClose(int distance, string name, string column) => distance <= 2 && distance < Math.Min(name.Length, column.Length);

    private static int Score(CsvHeader header, string[] columns)
    {
        var score = 0;
        foreach (var column in columns)
        {
            for (var i = 0; i < header.Count; i++)
            {
                var name = header.Cell(i);
                if (IsClose(ClosestMatch.Distance(name, column), name, column))
                {
                    score++;
                    break;
                }
            }
        }

        return score;
    }

    /// <summary>The cells of one row by field, with the column number and field name of each (for locations).</summary>
    private readonly record struct Cells(Func<int, string> Text, Func<int, int?> Column, Func<int, string?> Field)
    {
        internal IssueLocation At(string? source, long row, int k) => new(source, row, Column(k), Field(k));
    }

    private static void ReadRow(Cells r, long rowNumber, string? source, IIssueSink report, CommuneTableUse use, List<CommuneTableRow> rows, Dictionary<CommuneCode, long> seen)
    {
        var type = r.Text(Type);
        if (type.Length > 0 && !type.Equals("COM", StringComparison.OrdinalIgnoreCase) && !type.Equals("ARM", StringComparison.OrdinalIgnoreCase))
        {
            return; // Communes déléguées and associées share the code space of communes: skipped.
        }

        var codeText = r.Text(Code);
        var parsed = CommuneCode.Parse(codeText);
        if (!parsed.TryGetValue(out var code))
        {
            report.Add(TerritoryRules.BadCode.Issue(codeText, suggestion: parsed.Error?.Suggestion, location: r.At(source, rowNumber, Code), extra: parsed.Error?.RuleCode));
            return;
        }

        var name = r.Text(Name);
        if (name.Length == 0 && use == CommuneTableUse.Registry)
        {
            report.Add(TerritoryRules.MissingName.Issue(code.ToString(), location: r.At(source, rowNumber, Name)));
            return;
        }

        if (!TryReadPostalCodes(r.Text(Postal), out var postalCodes, out var bad, out var badError))
        {
            report.Add(TerritoryRules.BadPostalCode.Issue(bad, suggestion: badError?.Suggestion, location: r.At(source, rowNumber, Postal), extra: badError?.RuleCode));
            return;
        }

        long? population = null;
        var populationText = r.Text(Population);
        if (long.TryParse(populationText, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            population = value;
        }
        else if (use == CommuneTableUse.Offer)
        {
            report.Add(OfferRules.Population.Issue(populationText, location: r.At(source, rowNumber, Population)));
            return;
        }
        else if (populationText.Length > 0)
        {
            report.Add(TerritoryRules.BadPopulation.Issue(populationText, location: r.At(source, rowNumber, Population)));
        }

        if (seen.TryGetValue(code, out var firstRow))
        {
            report.Add(TerritoryRules.DuplicateCode.Issue(code.ToString(), location: r.At(source, rowNumber, Code), extra: firstRow));
            return;
        }

        seen.Add(code, rowNumber);
        GeoCoordinates? location = null;
        var (lat, lon) = (r.Text(Latitude), r.Text(Longitude));
        if (lat.Length > 0 || lon.Length > 0)
        {
            if (double.TryParse(lat, NumberStyles.Float, CultureInfo.InvariantCulture, out var la) && la is >= -90 and <= 90 &&
                double.TryParse(lon, NumberStyles.Float, CultureInfo.InvariantCulture, out var lo) && lo is >= -180 and <= 180)
            {
                location = new GeoCoordinates(la, lo);
            }
            else
            {
                report.Add(TerritoryRules.Coordinates.Issue($"{lat} {lon}", location: r.At(source, rowNumber, Latitude)));
            }
        }

        EpciCode? epci = null;
        var epciText = r.Text(Epci);
        if (epciText.Length > 0)
        {
            if (EpciCode.TryParse(epciText, out var e))
            {
                epci = e;
            }
            else
            {
                report.Add(TerritoryRules.BadEpci.Issue(epciText, location: r.At(source, rowNumber, Epci)));
            }
        }

        var parent = CommuneCode.TryParse(r.Text(Parent), out var declaredParent) ? declaredParent : code.ParentCommune;
        rows.Add(new CommuneTableRow(code, name.Length > 0 ? name : null, postalCodes, population, parent, location, epci));
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
}
