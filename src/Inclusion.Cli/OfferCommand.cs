using System.CommandLine;
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
        var territories = new Option<string>("--territories") { Description = "The commune table: code_insee,population,latitude,longitude[,nom,epci] (CSV or JSON).", Required = true };
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

            var (placesPath, communesPath) = (parse.GetValue(places)!, parse.GetValue(territories)!);
            if (!DiagnosticCli.Exists(placesPath, error) || !DiagnosticCli.Exists(communesPath, error))
            {
                return CliApp.ExitUsage;
            }

            var read = DiagnosticCli.Read(placesPath, p => MediationPlaceFile.Load(p), error);
            var communes = read is null ? null : DiagnosticCli.Read(communesPath, p => CommuneGeographyFile.Load(p), error);
            if (read is null || communes is null)
            {
                return CliApp.ExitUsage;
            }

            var report = new ValidationReportBuilder();
            report.AddReport(read.Report);
            var map = OfferMap.Compute(read.Value ?? [], communes.Value ?? [], reference);
            DiagnosticCli.Render(map, parse.GetValue(format), output, (m, o) => OfferMapWriter.WriteText(m, reference, o), OfferMapWriter.WriteCsv, OfferMapWriter.WriteJson);
            return DiagnosticCli.Finish(DiagnosticCli.Merge(communes, report), lang, error);
        });
        return command;
    }
}
