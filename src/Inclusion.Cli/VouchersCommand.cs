using System.CommandLine;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Files;
using Inclusion.Sdk.Vouchers;
using NodaTime;
using NodaTime.Text;

namespace Inclusion.Cli;

/// <summary>
/// <c>inclusion vouchers settle</c> (provider statements, credit notes and KPIs of a programme's event log) and
/// <c>inclusion vouchers timeline</c> (expiry dates of a validity end date).
/// </summary>
internal static class VouchersCommand
{
    internal static Command Create(Option<string> language, TextWriter output, TextWriter error)
    {
        var command = new Command("vouchers", "Voucher programmes (Pass numérique): settle an event log, print an expiry timeline.");
        command.Subcommands.Add(Settle(language, output, error));
        command.Subcommands.Add(Timeline(output, error));
        return command;
    }

    private static Command Settle(Option<string> language, TextWriter output, TextWriter error)
    {
        var programmeOption = new Option<FileInfo>("--programme") { Description = "The programme settings (programme.json).", Required = true };
        var eventsOption = new Option<FileInfo>("--events") { Description = "The event log (JSON Lines, one event per line).", Required = true };
        var monthOption = new Option<string?>("--month") { Description = "Only the provider statements of this month of scans (yyyy-MM, Europe/Paris)." };
        var formatOption = new Option<string>("--format") { Description = "Output format: text (default) or json.", DefaultValueFactory = _ => "text" };
        formatOption.AcceptOnlyFromAmong("text", "json");
        var settle = new Command("settle", "Replay a programme's events with every rule checked, then print the providers' monthly statements (scans of month M paid in M+1), the closing statement (credit note, fees, co-financing) and the KPIs. Exit 0 OK, 1 invalid files or events, 2 usage error or unreadable file.");
        settle.Options.Add(programmeOption);
        settle.Options.Add(eventsOption);
        settle.Options.Add(monthOption);
        settle.Options.Add(formatOption);
        settle.SetAction(parseResult =>
        {
            var lang = CliApp.LanguageOf(parseResult, language);
            YearMonth? month = null;
            if (parseResult.GetValue(monthOption) is { } monthText)
            {
                var parsed = YearMonthPattern.Iso.Parse(monthText);
                if (!parsed.Success)
                {
                    error.WriteLine($"--month: \"{monthText}\" is not a month written yyyy-MM.");
                    return CliApp.ExitUsage;
                }

                month = parsed.Value;
            }

            var programmeFile = parseResult.GetValue(programmeOption)!;
            var eventsFile = parseResult.GetValue(eventsOption)!;
            try
            {
                var programme = VoucherProgrammeFile.Load(programmeFile.FullName);
                if (!programme.TryGetValue(out var settings))
                {
                    return PrintIssues(programme.Report, lang, output);
                }

                var replay = VoucherEventFile.Replay(settings, eventsFile.FullName);
                if (!replay.IsValid)
                {
                    return PrintIssues(replay.Report, lang, output);
                }

                var settlement = VoucherSettlement.Of(replay.Value, month);
                if (parseResult.GetValue(formatOption) == "json")
                {
                    VoucherSettlementWriter.WriteJson(settlement, output);
                }
                else
                {
                    VoucherSettlementWriter.WriteText(settlement, output);
                }

                return CliApp.ExitOk;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"cannot read the file ({ex.Message}).");
                return CliApp.ExitUsage;
            }
        });
        return settle;
    }

    private static Command Timeline(TextWriter output, TextWriter error)
    {
        var endOption = new Option<string>("--end") { Description = "The validity end date (yyyy-MM-dd).", Required = true };
        var graceOption = new Option<int>("--grace-months") { Description = "The grace period in months (default 1).", DefaultValueFactory = _ => 1 };
        var timeline = new Command("timeline", "Print the expiry timeline of a validity end date: alert (J-30), block (J-15), acknowledgement (J-7), end, grace end, joint statement.");
        timeline.Options.Add(endOption);
        timeline.Options.Add(graceOption);
        timeline.SetAction(parseResult =>
        {
            var text = parseResult.GetValue(endOption)!;
            var parsed = LocalDatePattern.Iso.Parse(text);
            var grace = parseResult.GetValue(graceOption);
            if (!parsed.Success || grace is < 0 or > 24)
            {
                error.WriteLine(!parsed.Success ? $"--end: \"{text}\" is not a date written yyyy-MM-dd." : "--grace-months: 0 to 24.");
                return CliApp.ExitUsage;
            }

            var t = ExpiryTimeline.For(parsed.Value, Period.FromMonths(grace));
            (string Step, LocalDate Date)[] rows =
            [
                ("alert (J-30)", t.Alert), ("block (J-15)", t.Block), ("acknowledgement (J-7)", t.Acknowledgement),
                ("end", t.End), ("grace end", t.GraceEnd), ("joint statement", t.JointStatement),
            ];
            foreach (var (step, date) in rows)
            {
                output.WriteLine($"{Date(date)}  {step}");
            }

            return CliApp.ExitOk;
        });
        return timeline;
    }

    private static int PrintIssues(ValidationReport report, MessageLanguage language, TextWriter output)
    {
        foreach (var issue in report.Issues)
        {
            output.WriteLine(issue.ToString(language));
        }

        return CliApp.ExitInvalid;
    }

    private static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
