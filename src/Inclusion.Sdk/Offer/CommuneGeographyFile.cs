using Inclusion.Sdk.Files;
using System.Globalization;
using Inclusion.Sdk.Identifiers;
using Inclusion.Sdk.Places;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Utility;
using nietras.SeparatedValues;

namespace Inclusion.Sdk.Offer;

/// <summary>
/// Reads the commune table of the offer map from CSV: required <c>code_insee,population,latitude,longitude</c>;
/// optional <c>nom</c> and <c>epci</c> (EPCI SIREN). Coordinates are WGS 84 decimal degrees with a decimal point (for
/// example the town-hall point or the centroid of the commune); empty coordinates leave the commune without distance.
/// </summary>
public static class CommuneGeographyFile
{
    private static readonly string[] Required = ["code_insee", "population", "latitude", "longitude"];

    /// <summary>Reads the communes; bad rows become located issues.</summary>
    /// <param name="text">The CSV text.</param>
    /// <param name="source">The file name for issue locations, or null.</param>
    /// <param name="report">Receives the issues.</param>
    /// <returns>The valid communes, in file order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="report"/> is null.</exception>
    public static IReadOnlyList<CommuneGeography> Read(TextReader text, string? source, ValidationReportBuilder report)
    {
        Preconditions.CheckNotNull(text);
        Preconditions.CheckNotNull(report);
        var result = new List<CommuneGeography>();
        var seen = new HashSet<CommuneCode>();
        int[]? c = null;
        int name = -1, epci = -1;
        CsvHeader.ForEachRow(
            text,
            source,
            report,
            OfferRules.Unreadable,
            OfferRules.FileEmpty,
            (header, _) =>
            {
                c = header.Require(Required, OfferRules.MissingColumn, source, report);
                name = header.IndexOf("nom");
                epci = header.IndexOf("epci");
                return c is not null;
            },
            (row, rowNumber) =>
            {
                var commune = Row(rowNumber, CsvHeader.Cell(row, c![0]), CsvHeader.Cell(row, c[1]), CsvHeader.Cell(row, c[2]), CsvHeader.Cell(row, c[3]),
                    CsvHeader.Cell(row, name), CsvHeader.Cell(row, epci), seen, source, report, c);
                if (commune is not null)
                {
                    result.Add(commune);
                }
            });

        return result;
    }
    /// <summary>Reads the communes from a JSON array of objects, one per commune, with the members of the CSV columns
    /// (<c>code_insee</c>, <c>population</c>, <c>latitude</c>, <c>longitude</c>, optional <c>nom</c> and <c>epci</c>);
    /// values may be JSON numbers or strings in the CSV form; <c>null</c> or an absent member is empty (so a commune
    /// without <c>latitude</c>/<c>longitude</c> has no distance, one without <c>population</c> is rejected). Objects are streamed one at a time;
    /// issues are located at row = 1-based index of the object + 1 and field = the member name. Malformed JSON stops the
    /// reading (<c>offer.unreadable</c>), the communes before are kept.</summary>
    /// <param name="text">The JSON text.</param>
    /// <param name="source">The file name for issue locations, or null.</param>
    /// <param name="report">Receives the issues.</param>
    /// <returns>The valid communes, in file order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="report"/> is null.</exception>
    public static IReadOnlyList<CommuneGeography> ReadJson(TextReader text, string? source, ValidationReportBuilder report)
    {
        Preconditions.CheckNotNull(text);
        Preconditions.CheckNotNull(report);
        var result = new List<CommuneGeography>();
        var seen = new HashSet<CommuneCode>();
        foreach (var o in JsonArrayRows.Read(text, source, report, flatten: false))
        {
            var commune = Row(o.Row, o.Get(Required[0]).Trim(), o.Get(Required[1]).Trim(), o.Get(Required[2]).Trim(), o.Get(Required[3]).Trim(),
                o.Get("nom"), o.Get("epci"), seen, source, report, null);
            if (commune is not null)
            {
                result.Add(commune);
            }
        }

        return result;
    }
    /// <summary>Validates one commune; <paramref name="columns"/> gives CSV column numbers, null for JSON (field only).</summary>
    private static CommuneGeography? Row(long rowNumber, string codeText, string populationText, string lat, string lon, string name, string epci,
        HashSet<CommuneCode> seen, string? source, ValidationReportBuilder report, int[]? columns)
    {
        IssueLocation At(int k) => new(source, rowNumber, columns is null ? null : columns[k] + 1, Required[k]);
        if (!CommuneCode.TryParse(codeText, out var code))
        {
            report.Add(OfferRules.Commune.Issue(codeText, location: At(0)));
            return null;
        }

        if (!long.TryParse(populationText, NumberStyles.None, CultureInfo.InvariantCulture, out var population))
        {
            report.Add(OfferRules.Population.Issue(populationText, location: At(1)));
            return null;
        }

        if (!seen.Add(code))
        {
            report.Add(OfferRules.Duplicate.Issue(codeText, location: At(0)));
            return null;
        }

        GeoCoordinates? location = null;
        if (lat.Length > 0 || lon.Length > 0)
        {
            if (double.TryParse(lat, NumberStyles.Float, CultureInfo.InvariantCulture, out var la) && la is >= -90 and <= 90 &&
                double.TryParse(lon, NumberStyles.Float, CultureInfo.InvariantCulture, out var lo) && lo is >= -180 and <= 180)
            {
                location = new GeoCoordinates(la, lo);
            }
            else
            {
                report.Add(OfferRules.Coordinates.Issue($"{lat} {lon}", location: At(2)));
            }
        }

        return new CommuneGeography(code, name.Trim() is { Length: > 0 } n ? n : null, population, location, epci.Trim() is { Length: > 0 } e ? e : null);
    }
}
