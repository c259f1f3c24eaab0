using System.CommandLine;
using System.Globalization;
using Inclusion.Sdk.Files;
using Inclusion.Sdk.Offer;
using Inclusion.Sdk.Places;
using Inclusion.Sdk.Reporting;
using NodaTime;
using NodaTime.Text;

namespace Inclusion.Cli;

/// <summary><c>inclusion offer</c>: the map of the mediation offer from a places file and a commune table.</summary>
internal static class OfferCommand
{
    internal static Command Create(Option<string> language, TextWriter output, TextWriter error)
    {
        var places = new Option<string>("--places") { Description = "The places file (national mediation-place standard, CSV or JSON).", Required = true };
        var territories = new Option<string>("--territories") { Description = "The commune table: code_insee,population,latitude,longitude[,nom,epci].", Required = true };
        var week = new Option<string?>("--week") { Description = "A date of the week used for the Saturday and after-18:00 checks (default: today)." };
        var format = DiagnosticCli.FormatOption();
        var command = new Command("offer", "Map the mediation offer: places per 10,000 inhabitants, communes without a place, distance to the nearest place, opening on Saturday and after 18:00.");
        foreach (var option in new Option[] { places, territories, week, format })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            var lang = CliApp.LanguageOf(parse, language);
            var reference = LocalDate.FromDateTime(DateTime.UtcNow);
            if (parse.GetValue(week) is { } weekText)
            {
                var parsed = LocalDatePattern.Iso.Parse(weekText);
                if (!parsed.Success)
                {
                    error.WriteLine($"--week: \"{weekText}\" is not a date (YYYY-MM-DD).");
                    return CliApp.ExitUsage;
                }

                reference = parsed.Value;
            }

            var placesPath = parse.GetValue(places)!;
            if (!File.Exists(placesPath))
            {
                error.WriteLine($"File not found: {placesPath}");
                return CliApp.ExitUsage;
            }

            using var communesReader = DiagnosticCli.Open(parse.GetValue(territories), error);
            if (communesReader is null)
            {
                return CliApp.ExitUsage;
            }

            LoadResult<IReadOnlyList<MediationPlace>> read;
            try
            {
                read = MediationPlaceFile.Load(placesPath);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"Cannot read {placesPath}: {e.Message}");
                return CliApp.ExitUsage;
            }

            var report = new ValidationReportBuilder();
            report.AddReport(read.Report);
            var communes = DiagnosticCli.IsJson(parse.GetValue(territories)!)
                ? CommuneGeographyFile.ReadJson(communesReader, Path.GetFileName(parse.GetValue(territories)), report)
                : CommuneGeographyFile.Read(communesReader, Path.GetFileName(parse.GetValue(territories)), report);
            var map = OfferMap.Compute(read.Value ?? [], communes, reference);
            switch (parse.GetValue(format))
            {
                case "json": WriteJson(map, output); break;
                case "csv": WriteCsv(map, output); break;
                default: WriteText(map, reference, output); break;
            }

            return DiagnosticCli.Finish(report.Build(), lang, error);
        });
        return command;
    }

    private static string Km(double? km) => km?.ToString("0.0", CultureInfo.InvariantCulture) ?? "—";

    private static void WriteText(OfferMap map, LocalDate reference, TextWriter output)
    {
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(inv, $"Places: {map.Places} ({map.PlacesOutsideTable} outside the commune table, {map.PlacesWithoutCoordinates} without coordinates)"));
        output.WriteLine(string.Create(inv, $"Population: {map.Population}; communes without any place: {map.CommunesWithoutPlace} ({map.PopulationWithoutPlace} inhabitants)"));
        output.WriteLine(string.Create(inv, $"Population beyond 10 km of a place: {map.PopulationBeyond10Km}; beyond 20 km: {map.PopulationBeyond20Km}; distance unknown: {map.PopulationWithoutDistance}"));
        output.WriteLine(string.Create(inv, $"Week of {reference:yyyy-MM-dd}: {map.OpenOnSaturday} open on Saturday, {map.OpenAfter18} open after 18:00, {map.PlacesWithoutHours} without opening hours"));
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
            output.WriteLine(string.Create(inv, $"  {c.Commune.Code} {c.Commune.Name ?? string.Empty,-24} {Km(c.NearestKilometres),6} km  {c.NearestPlaceId}"));
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

    private static void WriteCsv(OfferMap map, TextWriter output)
    {
        output.WriteLine("code_insee,nom,epci,population,places,nearest_km,nearest_place_id");
        foreach (var c in map.Communes)
        {
            output.WriteLine($"{c.Commune.Code},{DiagnosticCli.Csv(c.Commune.Name)},{DiagnosticCli.Csv(c.Commune.Epci)},{DiagnosticCli.Num(c.Commune.Population)},{c.Places.ToString(CultureInfo.InvariantCulture)},{DiagnosticCli.Num(c.NearestKilometres)},{DiagnosticCli.Csv(c.NearestPlaceId)}");
        }
    }

    private static void WriteJson(OfferMap map, TextWriter output) =>
        DiagnosticCli.WriteJson(output, json =>
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
                    json.WriteNumberOrNull("placesPer10000", d.PlacesPer10000);
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
                json.WriteNumberOrNull("kilometres", c.NearestKilometres);
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
