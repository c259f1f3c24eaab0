using System.CommandLine;
using Inclusion.Sdk.Files;
using Inclusion.Sdk.Presentation;
using Inclusion.Sdk.Reporting;

namespace Inclusion.Cli;

/// <summary><c>inclusion report</c>: one self-contained HTML page for a territory, from a settings file (<see cref="TerritorialReport"/>).</summary>
internal static class ReportCommand
{
    internal static Command Create(Option<string> language, TextWriter output, TextWriter error)
    {
        var config = new Option<string>("--config") { Description = "The report's settings (JSON: territory, language, date of the data, the files of each section; paths relative to it).", Required = true };
        var target = new Option<string>("--out") { Description = "The HTML file to write (one self-contained page).", Required = true };
        var force = new Option<bool>("--force") { Description = "Replace --out when it exists." };
        var command = new Command("report", "Build a territory's report as one self-contained HTML page (no script, no external resource; printable on A4, readable on a phone): fragility index, offer, activities, skills, vouchers, plan status, data quality, each with its tables, charts, definitions and sources. Issues found in the files go to standard error and into the page. Exit 0 written, 1 written but a file had errors (a section may be missing), 2 invalid settings, unreadable file or usage error.")
        {
            config, target, force,
        };
        command.SetAction(parse =>
        {
            var run = new CommandRun(parse, language, output, error);
            var path = parse.GetValue(target)!;
            if (Directory.Exists(path))
            {
                return run.Usage($"--out: {path} is a folder; give a file path.", $"--out : {path} est un dossier ; donnez un chemin de fichier.");
            }

            var settingsPath = parse.GetValue(config)!;
            if (settingsPath != "-" && FixTarget.SameFile(settingsPath, path))
            {
                return run.Usage($"--out would write over the settings ({path}): choose another file.", $"--out écrirait sur les réglages ({path}) : choisissez un autre fichier.");
            }

            if (!parse.GetValue(force) && File.Exists(path))
            {
                return run.Usage($"--out: {path} already exists; add --force to replace it.", $"--out : {path} existe déjà ; ajoutez --force pour le remplacer.");
            }

            // Paths in the settings are relative to the settings file's folder (the current folder for standard input).
            using var input = run.Open(settingsPath, out var source, out var exit);
            if (input is null)
            {
                return exit;
            }

            var folder = settingsPath == "-" ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(Path.GetFullPath(settingsPath))!;
            var settings = TerritorialReportFile.Load(input, folder, CommandRun.Named(source));
            if (!settings.TryGetValue(out var value))
            {
                run.Rejected(settings.Report);
                return CliApp.ExitUsage;
            }

            var report = TerritorialReport.Build(value);
            try
            {
                report.Save(path, overwrite: parse.GetValue(force));
            }
            catch (ArgumentException e)
            {
                return run.Usage("--out: " + e.Message, $"--out : {path} est un fichier de données du rapport ; choisissez un autre fichier pour la page.");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return run.Fail(new ValidationIssue("file.unreadable", Severity.Error, "Cannot write the report: " + e.Message, "Écriture du rapport impossible : " + e.Message, location: new IssueLocation(path)));
            }

            var missing = report.DataQuality.CountOf("report.section-unavailable");
            var date = value.DataDate.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            run.Error.WriteLine(run.French
                ? $"{Path.GetFullPath(path)} écrit (données au {date}) ; sections non calculées : {missing}."
                : $"{Path.GetFullPath(path)} written (data as of {date}); sections not computed: {missing}.");
            return run.Finish(report.DataQuality) == CliApp.ExitOk ? CliApp.ExitOk : CliApp.ExitInvalid;
        });
        return command;
    }
}
