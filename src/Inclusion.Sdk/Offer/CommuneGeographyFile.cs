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
        long rowNumber = 0;
        try
        {
            using var reader = Sep.Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true }).From(text);
            foreach (var row in reader)
            {
                rowNumber = row.RowIndex + 1;
                if (CsvHeader.IsBlank(row))
                {
                    continue;
                }

                if (c is null)
                {
                    var header = CsvHeader.From(row);
                    c = header.Require(Required, OfferRules.MissingColumn, source, report);
                    name = header.IndexOf("nom");
                    epci = header.IndexOf("epci");
                    if (c is null)
                    {
                        return result;
                    }

                    continue;
                }

                var codeText = CsvHeader.Cell(row, c[0]);
                if (!CommuneCode.TryParse(codeText, out var code))
                {
                    report.Add(OfferRules.Commune.Issue(codeText, location: new IssueLocation(source, rowNumber, c[0] + 1, Required[0])));
                    continue;
                }

                var populationText = CsvHeader.Cell(row, c[1]);
                if (!long.TryParse(populationText, NumberStyles.None, CultureInfo.InvariantCulture, out var population))
                {
                    report.Add(OfferRules.Population.Issue(populationText, location: new IssueLocation(source, rowNumber, c[1] + 1, Required[1])));
                    continue;
                }

                if (!seen.Add(code))
                {
                    report.Add(OfferRules.Duplicate.Issue(codeText, location: new IssueLocation(source, rowNumber, c[0] + 1, Required[0])));
                    continue;
                }

                GeoCoordinates? location = null;
                string lat = CsvHeader.Cell(row, c[2]), lon = CsvHeader.Cell(row, c[3]);
                if (lat.Length > 0 || lon.Length > 0)
                {
                    if (double.TryParse(lat, NumberStyles.Float, CultureInfo.InvariantCulture, out var la) && la is >= -90 and <= 90 &&
                        double.TryParse(lon, NumberStyles.Float, CultureInfo.InvariantCulture, out var lo) && lo is >= -180 and <= 180)
                    {
                        location = new GeoCoordinates(la, lo);
                    }
                    else
                    {
                        report.Add(OfferRules.Coordinates.Issue($"{lat} {lon}", location: new IssueLocation(source, rowNumber, c[2] + 1, Required[2])));
                    }
                }

                result.Add(new CommuneGeography(code, CsvHeader.Cell(row, name) is { Length: > 0 } n ? n : null, population, location,
                    CsvHeader.Cell(row, epci) is { Length: > 0 } e ? e : null));
            }
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException or NotSupportedException or FormatException or IndexOutOfRangeException)
        {
            report.Add(OfferRules.Unreadable.Issue(e.Message, location: new IssueLocation(source, Math.Max(rowNumber, 1), null, null)));
        }

        if (c is null)
        {
            report.Add(OfferRules.FileEmpty.Issue(null, location: new IssueLocation(source, null, null, null)));
        }

        return result;
    }
}
