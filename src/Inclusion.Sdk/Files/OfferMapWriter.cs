using System.Globalization;
using Inclusion.Sdk.Offer;
using Inclusion.Sdk.Utility;
using NodaTime;

namespace Inclusion.Sdk.Files;

/// <summary>Writes an <see cref="OfferMap"/> as text, CSV (one row per commune) or JSON.</summary>
public static class OfferMapWriter
{
    /// <summary>Writes a human-readable report: totals, densities by département, EPCI and commune, nearest place by
    /// commune, and the counts by service, public, access mode and programme.</summary>
    /// <param name="map">The map.</param>
    /// <param name="referenceDate">The date of the week used for the Saturday and after-18:00 checks.</param>
    /// <param name="output">The writer.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteText(OfferMap map, LocalDate referenceDate, TextWriter output)
    {
        Preconditions.CheckNotNull(map);
        Preconditions.CheckNotNull(output);
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(inv, $"Places: {map.Places} ({map.PlacesOutsideTable} outside the commune table, {map.PlacesWithoutCoordinates} without coordinates)"));
        output.WriteLine(string.Create(inv, $"Population: {map.Population}; communes without any place: {map.CommunesWithoutPlace} ({map.PopulationWithoutPlace} inhabitants)"));
        output.WriteLine(string.Create(inv, $"Population beyond 10 km of a place: {map.PopulationBeyond10Km}; beyond 20 km: {map.PopulationBeyond20Km}; distance unknown: {map.PopulationWithoutDistance}"));
        output.WriteLine(string.Create(inv, $"Week of {referenceDate:yyyy-MM-dd}: {map.OpenOnSaturday} open on Saturday, {map.OpenAfter18} open after 18:00, {map.PlacesWithoutHours} without opening hours"));
        foreach (var (title, rows) in new[] { ("By département", map.ByDepartement), ("By EPCI", map.ByEpci), ("By commune", map.ByCommune) })
        {
            output.WriteLine(title + ":");
            foreach (var d in rows)
            {
                output.WriteLine(string.Create(inv, $"  {d.Code,-10} places {d.Places,4}  population {d.Population,9}  per 10,000 {d.PlacesPer10000?.ToString("0.00", inv) ?? "—",6}  communes without place {d.CommunesWithoutPlace}"));
            }
        }

        output.WriteLine("Nearest place by commune:");
        foreach (var c in map.Communes)
        {
            output.WriteLine(string.Create(inv, $"  {c.Commune.Code} {c.Commune.Name ?? string.Empty,-24} {c.NearestKilometres?.ToString("0.0", inv) ?? "—",6} km  {c.NearestPlaceId}"));
        }

        foreach (var (title, counts) in new[] { ("Services", map.ByService), ("Publics", map.ByPublic), ("Access modes", map.ByAccessMode), ("National programmes", map.ByProgramme) })
        {
            output.WriteLine(title + ":");
            foreach (var (value, n) in counts)
            {
                output.WriteLine(string.Create(inv, $"  {value}: {n}"));
            }
        }
    }

    /// <summary>Writes a CSV table <c>code_insee,nom,epci,population,places,nearest_km,nearest_place_id</c>.</summary>
    /// <param name="map">The map.</param>
    /// <param name="output">The writer (left open).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteCsv(OfferMap map, TextWriter output)
    {
        Preconditions.CheckNotNull(map);
        Preconditions.CheckNotNull(output);
        using var csv = DiagnosticOutput.Csv(output);
        foreach (var c in map.Communes)
        {
            using var row = csv.NewRow();
            row["code_insee"].Set(c.Commune.Code.ToString());
            row["nom"].Set(c.Commune.Name ?? string.Empty);
            row["epci"].Set(c.Commune.Epci?.ToString() ?? string.Empty);
            row["population"].Set(DiagnosticOutput.Num(c.Commune.Population));
            row["places"].Set(DiagnosticOutput.Num(c.Places));
            row["nearest_km"].Set(DiagnosticOutput.Num(c.NearestKilometres));
            row["nearest_place_id"].Set(c.NearestPlaceId ?? string.Empty);
        }
    }

    /// <summary>Writes an indented JSON object with the totals, the densities, the nearest place by commune and the
    /// counts by service, public, access mode and programme.</summary>
    /// <param name="map">The map.</param>
    /// <param name="output">The writer.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteJson(OfferMap map, TextWriter output)
    {
        Preconditions.CheckNotNull(map);
        Preconditions.CheckNotNull(output);
        DiagnosticOutput.Json(output, json =>
        {
            json.WriteStartObject();
            json.WriteNumber("places", map.Places);
            json.WriteNumber("placesOutsideTable", map.PlacesOutsideTable);
            json.WriteNumber("placesWithoutCoordinates", map.PlacesWithoutCoordinates);
            json.WriteNumber("population", map.Population);
            json.WriteNumber("communesWithoutPlace", map.CommunesWithoutPlace);
            json.WriteNumber("populationWithoutPlace", map.PopulationWithoutPlace);
            json.WriteNumber("populationBeyond10Km", map.PopulationBeyond10Km);
            json.WriteNumber("populationBeyond20Km", map.PopulationBeyond20Km);
            json.WriteNumber("populationWithoutDistance", map.PopulationWithoutDistance);
            json.WriteNumber("openOnSaturday", map.OpenOnSaturday);
            json.WriteNumber("openAfter18", map.OpenAfter18);
            json.WriteNumber("placesWithoutHours", map.PlacesWithoutHours);
            foreach (var (name, rows) in new[] { ("departements", map.ByDepartement), ("epci", map.ByEpci), ("communes", map.ByCommune) })
            {
                json.WriteStartArray(name);
                foreach (var d in rows)
                {
                    json.WriteStartObject();
                    json.WriteString("code", d.Code);
                    json.WriteNumber("population", d.Population);
                    json.WriteNumber("places", d.Places);
                    json.NumberOrNull("placesPer10000", d.PlacesPer10000);
                    json.WriteNumber("communesWithoutPlace", d.CommunesWithoutPlace);
                    json.WriteNumber("populationWithoutPlace", d.PopulationWithoutPlace);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteStartArray("nearest");
            foreach (var c in map.Communes)
            {
                json.WriteStartObject();
                json.WriteString("code", c.Commune.Code.ToString());
                json.NumberOrNull("kilometres", c.NearestKilometres);
                if (c.NearestPlaceId is not null)
                {
                    json.WriteString("placeId", c.NearestPlaceId);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            foreach (var (name, counts) in new[] { ("services", map.ByService), ("publics", map.ByPublic), ("accessModes", map.ByAccessMode), ("programmes", map.ByProgramme) })
            {
                json.WriteStartObject(name);
                foreach (var (value, n) in counts)
                {
                    json.WriteNumber(value, n);
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
        });
    }
}
