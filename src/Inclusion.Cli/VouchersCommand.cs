using System.CommandLine;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Files;
using Inclusion.Sdk.Vouchers;
using NodaTime;
using NodaTime.Text;

namespace Inclusion.Cli;

/// <summary>
/// <c>inclusion vouchers settle</c> (provider statements, credit notes and KPIs of a programme's event log, or the
/// settlement of a month in a store), the store commands <c>import</c>, <c>scan</c>, <c>close</c> and
/// <c>statements</c> (VouchersCommand.Store.cs) and <c>inclusion vouchers timeline</c> (expiry dates of a validity end date).
/// </summary>
internal static partial class VouchersCommand
{
    internal static Command Create(Option<string> language, TextWriter output, TextWriter error)
    {
        var command = new Command("vouchers", "Voucher programmes (Pass numérique): settle an event log, or work against a durable store (import a log, scan, settle a month, close, print statements); print an expiry timeline.");
        command.Subcommands.Add(Settle(language, output, error));
        command.Subcommands.Add(Import(language, output, error));
        command.Subcommands.Add(Scan(language, output, error));
        command.Subcommands.Add(Close(language, output, error));
        command.Subcommands.Add(Statements(language, output, error));
        command.Subcommands.Add(Timeline(language, output, error));
        return command;
    }

    private static Command Settle(Option<string> language, TextWriter output, TextWriter error)
    {
        var programmeOption = ProgrammeOption();
        var eventsOption = new Option<string?>("--events") { Description = "The event log (JSON Lines, one event per line; - for standard input): replayed read-only. Either --events or --store." };
        var storeOption = new Option<string?>("--store") { Description = StoreDescription + " The month is settled in the store (--month required). Either --events or --store." };
        var monthOption = new Option<string?>("--month") { Description = "Only the provider statements of this month of scans (yyyy-MM, Europe/Paris); with --store, the month to settle." };
        var atOption = AtOption("the month is settled (with --store)");
        var formatOption = CommandRun.FormatOption("text", "json");
        var settle = new Command("settle", "With --events: replay a programme's event log with every rule checked (read-only), then print the providers' monthly statements (scans of month M paid in M+1), the closing statement (credit note, fees, co-financing) and the KPIs. With --store: record the settlement of --month in the store, then print that month's statements. Exit 0 OK, 1 invalid files or events or a refused settlement, 2 usage error, unreadable file, missing or unusable store.");
        settle.Options.Add(programmeOption);
        settle.Options.Add(eventsOption);
        settle.Options.Add(storeOption);
        settle.Options.Add(monthOption);
        settle.Options.Add(atOption);
        settle.Options.Add(formatOption);
        settle.SetAction((parse, cancellationToken) =>
        {
            var run = new CommandRun(parse, language, output, error, formatOption);
            if (!TryMonth(run, parse.GetValue(monthOption), out var month))
            {
                return Task.FromResult(CliApp.ExitUsage);
            }

            var events = parse.GetValue(eventsOption);
            var store = parse.GetValue(storeOption);
            if ((events is null) == (store is null))
            {
                return Task.FromResult(run.Usage(
                    "settle: give either --events (a log file, read-only) or --store (a store, where the month is recorded).",
                    "settle : indiquez soit --events (un journal, en lecture seule), soit --store (un magasin, où le mois est enregistré)."));
            }

            if (store is null)
            {
                return Task.FromResult(parse.GetValue(atOption) is null
                    ? SettleFile(run, parse, programmeOption, events!, month)
                    : run.Usage("settle: --at goes with --store (a log file is only read).", "settle : --at va avec --store (un journal est seulement lu)."));
            }

            if (month is not { } settled)
            {
                return Task.FromResult(run.Usage("settle --store: --month is required (the month to settle, yyyy-MM).", "settle --store : --month est obligatoire (le mois à régler, aaaa-MM)."));
            }

            return TryInstant(run, parse.GetValue(atOption), out var at)
                ? RecordAndPrintAsync(run, parse, storeOption!, programmeOption, l => l.Settle(settled, at), settled, cancellationToken)
                : Task.FromResult(CliApp.ExitUsage);
        });
        return settle;
    }

    private static int SettleFile(CommandRun run, ParseResult parse, Option<string> programmeOption, string events, YearMonth? month)
    {
        if (!TryProgramme(run, parse, programmeOption, out var settings, out var exit))
        {
            return exit;
        }

        using var eventsInput = run.Open(events, out var eventsSource, out exit);
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
