using System.CommandLine;
using Inclusion.Sdk.Files;
using Inclusion.Sdk.Offer;
using Inclusion.Sdk.Places;
using Inclusion.Sdk.Reporting;
using NodaTime;

namespace Inclusion.Cli;

/// <summary><c>inclusion offer</c>: the map of the mediation offer from a places file and a commune table.</summary>
internal static class OfferCommand
{
    internal static Command Create(Option<string> language, TextWriter output, TextWriter error)
    {
        var places = new Option<string>("--places") { Description = "The places file (national mediation-place standard, CSV or JSON).", Required = true };
        var territories = new Option<string>("--territories") { Description = "The commune table: code_insee,population,latitude,longitude[,nom,epci] (CSV or JSON).", Required = true };
        var week = new Option<string?>("--week") { Description = "A date of the week used for the Saturday and after-18:00 checks (default: today)." };
        var format = CommandRun.FormatOption("text", "json", "csv");
        var command = new Command("offer", "Map the mediation offer: places per 10,000 inhabitants, communes without a place, distance to the nearest place, opening on Saturday and after 18:00.");
        foreach (var option in new Option[] { places, territories, week, format })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            var run = new CommandRun(parse, language, output, error, format);
            if (!run.TryDate(parse.GetValue(week), "--week", out var weekDate))
            {
                return CliApp.ExitUsage;
            }

            var reference = weekDate ?? LocalDate.FromDateTime(DateTime.UtcNow);
            using var placesInput = run.Open(parse.GetValue(places), out var placesSource, out var exit);
            if (placesInput is null)
            {
                return exit;
            }

            var read = MediationPlaceFile.Load(placesInput, CommandRun.Named(placesSource));
            using var communesInput = run.Open(parse.GetValue(territories), out var communesSource, out exit);
            if (communesInput is null)
            {
                return exit;
            }

            var communes = CommuneGeographyFile.Load(communesInput, CommandRun.Named(communesSource));
            var report = new ValidationReportBuilder(CommandRun.ExamplesPerRule);
            report.AddReport(read.Report);
            report.AddReport(communes.Report);
            var issues = report.Build();
            if (!read.TryGetValue(out var placeList) || !communes.TryGetValue(out var communeList) || CommandRun.ExitFor(issues) == CliApp.ExitUsage)
            {
                return run.Rejected(issues);
            }

            var map = OfferMap.Compute(placeList, communeList, reference);
            run.Render(map, (m, o) => OfferMapWriter.WriteText(m, reference, o), OfferMapWriter.WriteCsv, OfferMapWriter.WriteJson);
            return run.Finish(issues);
        });
        return command;
    }
}
