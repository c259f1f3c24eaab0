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
        command.Subcommands.Add(Timeline(language, output, error));
        return command;
    }

    private static Command Settle(Option<string> language, TextWriter output, TextWriter error)
    {
        var programmeOption = new Option<string>("--programme") { Description = "The programme settings (programme.json; - for standard input).", Required = true };
        var eventsOption = new Option<string>("--events") { Description = "The event log (JSON Lines, one event per line; - for standard input).", Required = true };
        var monthOption = new Option<string?>("--month") { Description = "Only the provider statements of this month of scans (yyyy-MM, Europe/Paris)." };
        var formatOption = CommandRun.FormatOption("text", "json");
        var settle = new Command("settle", "Replay a programme's events with every rule checked, then print the providers' monthly statements (scans of month M paid in M+1), the closing statement (credit note, fees, co-financing) and the KPIs. Exit 0 OK, 1 invalid files or events, 2 usage error or unreadable file.");
        settle.Options.Add(programmeOption);
        settle.Options.Add(eventsOption);
        settle.Options.Add(monthOption);
        settle.Options.Add(formatOption);
        settle.SetAction(parse =>
        {
            var run = new CommandRun(parse, language, output, error, formatOption);
            YearMonth? month = null;
            if (parse.GetValue(monthOption) is { } monthText)
            {
                var parsed = YearMonthPattern.Iso.Parse(monthText);
                if (!parsed.Success)
                {
                    return run.Usage($"--month: \"{monthText}\" is not a month written yyyy-MM.", $"--month : « {monthText} » n'est pas un mois écrit aaaa-MM.");
                }

                month = parsed.Value;
            }

            using var programmeInput = run.Open(parse.GetValue(programmeOption), out var programmeSource, out var exit);
            if (programmeInput is null)
            {
                return exit;
            }

            var programme = VoucherProgrammeFile.Load(programmeInput, CommandRun.Named(programmeSource));
            if (!programme.TryGetValue(out var settings))
            {
                return run.Rejected(programme.Report);
            }

            using var eventsInput = run.Open(parse.GetValue(eventsOption), out var eventsSource, out exit);
            if (eventsInput is null)
            {
                return exit;
            }

            var replay = VoucherEventFile.Replay(settings, eventsInput, CommandRun.Named(eventsSource));
            if (!replay.IsValid || !replay.TryGetValue(out var ledger))
            {
                return run.Rejected(replay.Report);
            }

            run.Render(VoucherSettlement.Of(ledger, month), VoucherSettlementWriter.WriteText, null, VoucherSettlementWriter.WriteJson);
            return run.Finish(replay.Report);
        });
        return settle;
    }

    private static Command Timeline(Option<string> language, TextWriter output, TextWriter error)
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
            var run = new CommandRun(parseResult, language, output, error);
            if (!parsed.Success)
            {
                return run.Usage($"--end: \"{text}\" is not a date written yyyy-MM-dd.", $"--end : « {text} » n'est pas une date écrite aaaa-MM-jj.");
            }

            if (grace is < 0 or > 24)
            {
                return run.Usage("--grace-months: 0 to 24.", "--grace-months : de 0 à 24.");
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

    private static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
