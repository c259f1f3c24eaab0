using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Inclusion.Sdk.Files;
using Inclusion.Sdk.Identifiers;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Vouchers;
using NodaTime;
using NodaTime.Text;

namespace Inclusion.Cli;

/// <summary>
/// The voucher commands that work against a durable store (<c>--store</c>, see <see cref="VoucherStoreLocation"/>):
/// <c>import</c> an event log, <c>scan</c> passes, <c>settle --store</c> a month, <c>close</c> the programme and print
/// its <c>statements</c>. Each opens the store, runs one ledger command through <see cref="StoredVoucherLedger"/> and
/// prints what it recorded; a store failure is a located issue with its code (exit 2), a rejection exit 1.
/// </summary>
internal static partial class VouchersCommand
{
    /// <summary>Events appended per transaction by an import: large enough for a fast import of a long log, small enough
    /// to keep each transaction short for the other writers of the store.</summary>
    internal const int ImportBatchSize = 4096;

    private const string StoreDescription = "The voucher store: a SQLite file (ledger.db) or a PostgreSQL connection string (Host=…;Database=… or postgresql://…).";

    private static Option<string> StoreOption(bool required) => new("--store") { Description = StoreDescription, Required = required };

    private static Option<string> ProgrammeOption() => new("--programme") { Description = "The programme settings (programme.json; - for standard input).", Required = true };

    private static Option<string?> AtOption(string what) => new("--at") { Description = $"When {what}: an ISO-8601 instant with its offset (2025-11-03T10:00:00+01:00, or …Z for UTC); now by default." };

    private static Command Import(Option<string> language, TextWriter output, TextWriter error)
    {
        var storeOption = StoreOption(required: true);
        var programmeOption = ProgrammeOption();
        var eventsOption = new Option<string>("--events") { Description = "The programme's event log (JSON Lines; - for standard input).", Required = true };
        var formatOption = CommandRun.FormatOption("text", "json");
        var import = new Command("import", "Import a programme's event log into a store (created if absent). The log is validated completely first (every rule of 'settle'); if anything is in error, nothing is stored. Events already in the store must be the log's first events; only the rest is appended, so importing the same log twice appends nothing; after an append, a snapshot of the ledger is kept in the store so that later commands start from it. Exit 0 OK, 1 invalid log or a log that differs from the stored events, 2 usage error, unreadable file or unusable store.");
        import.Options.Add(storeOption);
        import.Options.Add(programmeOption);
        import.Options.Add(eventsOption);
        import.Options.Add(formatOption);
        import.SetAction(async (parse, cancellationToken) =>
        {
            var run = new CommandRun(parse, language, output, error, formatOption);
            var location = VoucherStoreLocation.Parse(parse.GetValue(storeOption)!);
            if (!TryProgramme(run, parse, programmeOption, out var programme, out var exit))
            {
                return exit;
            }

            var eventsPath = parse.GetValue(eventsOption);
            using var input = run.Open(eventsPath, out var source, out exit);
            if (input is null)
            {
                return exit;
            }

            // The log is read twice at most (a second time only to locate a line that differs from the store):
            // standard input is kept in memory for that.
            using var buffered = eventsPath == "-" ? Buffer(input) : null;
            var replay = VoucherEventFile.Replay(programme, buffered ?? input, CommandRun.Named(source));
            if (!replay.IsValid || !replay.TryGetValue(out var ledger))
            {
                return run.Rejected(replay.Report);
            }

            Stream Reopen() => buffered is null ? File.OpenRead(eventsPath!) : new MemoryStream(buffered.GetBuffer(), 0, (int)buffered.Length, writable: false);
            return await RunStoreAsync(run, location, create: true, async store =>
            {
                var imported = await ImportAsync(store, programme.Id, ledger.Events(), cancellationToken).ConfigureAwait(false);
                if (imported.Mismatch is { } index)
                {
                    long line;
                    using (var again = Reopen())
                    {
                        line = LineOfEvent(again, index);
                    }

                    return run.Rejected(ValidationReport.Create([Mismatch(programme.Id, location.Name, index, imported.StoredJson!).WithLocation(new IssueLocation(source, line, null, null))], source));
                }

                run.Render(imported, (r, w) => WriteImportText(r, w, source, location.Name, run.French), null, (r, w) => WriteJson(w, j =>
                {
                    j.WriteString("programme", programme.Id);
                    j.WriteString("store", location.Name);
                    j.WriteNumber("events", r.Events);
                    j.WriteNumber("alreadyStored", r.AlreadyStored);
                    j.WriteNumber("appended", r.Appended);
                    j.WriteNumber("version", r.Version);
                }));
                if (imported.Appended > 0)
                {
                    // A quiet time: the next command opens the ledger from this state instead of replaying the log.
                    var stored = await StoredVoucherLedger.OpenAsync(programme, store, cancellationToken).ConfigureAwait(false);
                    await stored.SaveSnapshotAsync(cancellationToken).ConfigureAwait(false);
                }

                return run.Finish(replay.Report);
            }, cancellationToken).ConfigureAwait(false);
        });
        return import;
    }

    private static Command Scan(Option<string> language, TextWriter output, TextWriter error)
    {
        var storeOption = StoreOption(required: true);
        var programmeOption = ProgrammeOption();
        var passOption = new Option<string[]>("--pass") { Description = "The serial of a pass scanned (10 digits; repeat the option for a scan of several passes of one order for one service).", Required = true, Arity = ArgumentArity.OneOrMore };
        var providerOption = new Option<string>("--provider") { Description = "The provider's SIRET.", Required = true };
        var serviceOption = new Option<string>("--service") { Description = "The service's code (for example atelier-2h).", Required = true };
        var atOption = AtOption("the passes were scanned");
        var formatOption = CommandRun.FormatOption("text", "json");
        var scan = new Command("scan", "Scan passes at a provider for a service and record the redemption in the store; a repeated scan (same passes, provider and service) prints the original redemption and records nothing. Exit 0 recorded or repeat, 1 rejected (with its rule code), 2 usage error, unreadable file, missing or unusable store.");
        scan.Options.Add(storeOption);
        scan.Options.Add(programmeOption);
        scan.Options.Add(passOption);
        scan.Options.Add(providerOption);
        scan.Options.Add(serviceOption);
        scan.Options.Add(atOption);
        scan.Options.Add(formatOption);
        scan.SetAction(async (parse, cancellationToken) =>
        {
            var run = new CommandRun(parse, language, output, error, formatOption);
            var location = VoucherStoreLocation.Parse(parse.GetValue(storeOption)!);
            if (!TryInstant(run, parse.GetValue(atOption), out var at))
            {
                return CliApp.ExitUsage;
            }

            var passes = new List<PassSerial>();
            var invalid = new List<ValidationIssue>();
            foreach (var text in parse.GetValue(passOption) ?? [])
            {
                var parsed = PassSerial.Parse(text);
                if (parsed.TryGetValue(out var pass))
                {
                    passes.Add(pass);
                }
                else
                {
                    invalid.Add(parsed.Error!.WithLocation(new IssueLocation(null, null, null, "--pass")));
                }
            }

            var siret = Siret.Parse(parse.GetValue(providerOption));
            if (!siret.Success)
            {
                invalid.Add(siret.Error!.WithLocation(new IssueLocation(null, null, null, "--provider")));
            }

            if (invalid.Count > 0)
            {
                return run.Rejected(ValidationReport.Create(invalid));
            }

            if (!TryProgramme(run, parse, programmeOption, out var programme, out var exit))
            {
                return exit;
            }

            var service = parse.GetValue(serviceOption)!;
            return await RunStoreAsync(run, location, create: false, async store =>
            {
                var ledger = await StoredVoucherLedger.OpenAsync(programme, store, cancellationToken).ConfigureAwait(false);
                var result = await ledger.RunAsync(l => l.Redeem(passes, siret.Value, service, at), cancellationToken).ConfigureAwait(false);
                if (!result.Success || result.Event is not PassesRedeemed redemption)
                {
                    return run.Rejected(ValidationReport.Create(IssuesOf(result), location.Name));
                }

                run.Render(redemption, (r, w) => WriteScanText(r, w, result.IsRepeat, ledger.Version, run.French), null, (r, w) => WriteJson(w, j =>
                {
                    j.WriteString("outcome", result.IsRepeat ? "repeat" : "recorded");
                    j.WriteString("programme", programme.Id);
                    j.WriteNumber("version", ledger.Version);
                    j.WriteStartArray("passes");
                    foreach (var n in r.Passes)
                    {
                        j.WriteStringValue(PassSerial.FromNumber(n).ToString());
                    }

                    j.WriteEndArray();
                    j.WritePropertyName("event");
                    j.WriteRawValue(InclusionJson.SerializeEvent(r));
                }));
                return CliApp.ExitOk;
            }, cancellationToken).ConfigureAwait(false);
        });
        return scan;
    }

    private static Command Close(Option<string> language, TextWriter output, TextWriter error)
    {
        var storeOption = StoreOption(required: true);
        var programmeOption = ProgrammeOption();
        var atOption = AtOption("the programme is closed (the joint statement)");
        var formatOption = CommandRun.FormatOption("text", "json");
        var close = new Command("close", "Close the programme in the store, then print its final statements (as 'statements'). Refused while anything is unsettled: every blocker is listed. Exit 0 closed, 1 refused, 2 usage error, unreadable file, missing or unusable store.");
        close.Options.Add(storeOption);
        close.Options.Add(programmeOption);
        close.Options.Add(atOption);
        close.Options.Add(formatOption);
        close.SetAction((parse, cancellationToken) =>
        {
            var run = new CommandRun(parse, language, output, error, formatOption);
            return TryInstant(run, parse.GetValue(atOption), out var at)
                ? RecordAndPrintAsync(run, parse, storeOption, programmeOption, l => l.Close(at), null, cancellationToken)
                : Task.FromResult(CliApp.ExitUsage);
        });
        return close;
    }

    private static Command Statements(Option<string> language, TextWriter output, TextWriter error)
    {
        var storeOption = StoreOption(required: true);
        var programmeOption = ProgrammeOption();
        var monthOption = new Option<string?>("--month") { Description = "Only the provider statements of this month of scans (yyyy-MM, Europe/Paris)." };
        var formatOption = CommandRun.FormatOption("text", "json");
        var statements = new Command("statements", "Print the providers' monthly statements, the closing statement and the KPIs of a programme in a store, as 'settle --events' prints them for a file, computed from the stored events without deciding them again; records nothing. Exit 0 OK, 2 usage error, unreadable file, missing or unusable store.");
        statements.Options.Add(storeOption);
        statements.Options.Add(programmeOption);
        statements.Options.Add(monthOption);
        statements.Options.Add(formatOption);
        statements.SetAction(async (parse, cancellationToken) =>
        {
            var run = new CommandRun(parse, language, output, error, formatOption);
            if (!TryMonth(run, parse.GetValue(monthOption), out var month))
            {
                return CliApp.ExitUsage;
            }

            var location = VoucherStoreLocation.Parse(parse.GetValue(storeOption)!);
            if (!TryProgramme(run, parse, programmeOption, out var programme, out var exit))
            {
                return exit;
            }

            return await RunStoreAsync(run, location, create: false, async store =>
            {
                var events = await ReadEventsAsync(store, programme.Id, cancellationToken).ConfigureAwait(false);
                return PrintSettlement(run, programme, events, month);
            }, cancellationToken).ConfigureAwait(false);
        });
        return statements;
    }

    /// <summary>Runs one ledger command against the store, then prints the settlement (of <paramref name="month"/>).</summary>
    private static async Task<int> RecordAndPrintAsync(CommandRun run, ParseResult parse, Option<string> storeOption, Option<string> programmeOption, Func<VoucherLedger, LedgerResult> command, YearMonth? month, CancellationToken cancellationToken)
    {
        var location = VoucherStoreLocation.Parse(parse.GetValue(storeOption)!);
        if (!TryProgramme(run, parse, programmeOption, out var programme, out var exit))
        {
            return exit;
        }

        return await RunStoreAsync(run, location, create: false, async store =>
        {
            var ledger = await StoredVoucherLedger.OpenAsync(programme, store, cancellationToken).ConfigureAwait(false);
            var result = await ledger.RunAsync(command, cancellationToken).ConfigureAwait(false);
            if (!result.Success)
            {
                return run.Rejected(ValidationReport.Create(IssuesOf(result), location.Name));
            }

            if (!result.IsRepeat)
            {
                // A settlement or a close is a quiet time: the next command opens the ledger from this state.
                await ledger.SaveSnapshotAsync(cancellationToken).ConfigureAwait(false);
            }

            // What the store holds now, the event just recorded included (and any other writer's since).
            var events = await ReadEventsAsync(store, programme.Id, cancellationToken).ConfigureAwait(false);
            return PrintSettlement(run, programme, events, month);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Opens the store, runs <paramref name="body"/> on it and closes it; a store that cannot be opened or
    /// fails is reported (exit 2), never a stack trace.</summary>
    private static async Task<int> RunStoreAsync(CommandRun run, VoucherStoreLocation location, bool create, Func<IVoucherEventStore, Task<int>> body, CancellationToken cancellationToken)
    {
        try
        {
            var opening = await location.OpenAsync(create, cancellationToken).ConfigureAwait(false);
            if (opening.Store is not { } opened)
            {
                return opening.Usage ? run.Fail(opening.Refusal!, usage: true) : run.Fail(opening.Refusal!, located: true);
            }

            await using (opened.ConfigureAwait(false))
            {
                return await body(opened.Store).ConfigureAwait(false);
            }
        }
        catch (VoucherStoreException e)
        {
            return run.Fail(location.Problem(e), located: true);
        }
    }

    /// <summary>Reads every event of a programme's stream, in order.</summary>
    private static async Task<List<VoucherEvent>> ReadEventsAsync(IVoucherEventStore store, string programmeId, CancellationToken cancellationToken)
    {
        var events = new List<VoucherEvent>();
        await foreach (var e in store.ReadAsync(programmeId, 0, cancellationToken).ConfigureAwait(false))
        {
            events.Add(e);
        }

        return events;
    }

    /// <summary>
    /// Prints the settlement of stored events, computed from the events alone (<see cref="VoucherSettlement.Of(VoucherProgramme, IReadOnlyList{VoucherEvent}, YearMonth?)"/>):
    /// they were decided when written, and are not decided again, so the figures are those that <c>settle --events</c>
    /// prints for the same events, and settled months read what was paid whatever the programme file says today.
    /// </summary>
    private static int PrintSettlement(CommandRun run, VoucherProgramme programme, IReadOnlyList<VoucherEvent> events, YearMonth? month)
    {
        run.Render(VoucherSettlement.Of(programme, events, month), VoucherSettlementWriter.WriteText, null, VoucherSettlementWriter.WriteJson);
        return CliApp.ExitOk;
    }

    /// <summary>Every issue of a refused command (closing lists every blocker).</summary>
    private static IReadOnlyList<ValidationIssue> IssuesOf(LedgerResult result) => result.Issues;

    /// <summary>Loads <c>--programme</c>; on failure reports why and gives the exit code.</summary>
    private static bool TryProgramme(CommandRun run, ParseResult parse, Option<string> programmeOption, out VoucherProgramme programme, out int exit)
    {
        programme = null!;
        using var input = run.Open(parse.GetValue(programmeOption), out var source, out exit);
        if (input is null)
        {
            return false;
        }

        var loaded = VoucherProgrammeFile.Load(input, CommandRun.Named(source));
        if (!loaded.TryGetValue(out var settings))
        {
            exit = run.Rejected(loaded.Report);
            return false;
        }

        programme = settings;
        return true;
    }

    /// <summary>Reads <c>--at</c> (now when absent); a value that is not an instant with its offset is a usage error.</summary>
    internal static bool TryInstant(CommandRun run, string? text, out Instant at)
    {
        if (text is null)
        {
            at = SystemClock.Instance.GetCurrentInstant();
            return true;
        }

        var parsed = OffsetDateTimePattern.ExtendedIso.Parse(text.Trim());
        if (parsed.Success)
        {
            at = parsed.Value.ToInstant();
            return true;
        }

        at = default;
        run.Usage(
            $"--at: \"{text}\" is not an instant written ISO-8601 with its offset (2025-11-03T10:00:00+01:00, or 2025-11-03T09:00:00Z).",
            $"--at : « {text} » n'est pas un instant écrit en ISO-8601 avec son décalage (2025-11-03T10:00:00+01:00, ou 2025-11-03T09:00:00Z).");
        return false;
    }

    /// <summary>Reads an optional <c>--month</c>; a value that is not yyyy-MM is a usage error.</summary>
    private static bool TryMonth(CommandRun run, string? text, out YearMonth? month)
    {
        month = null;
        if (text is null)
        {
            return true;
        }

        var parsed = YearMonthPattern.Iso.Parse(text);
        if (!parsed.Success)
        {
            run.Usage($"--month: \"{text}\" is not a month written yyyy-MM.", $"--month : « {text} » n'est pas un mois écrit aaaa-MM.");
            return false;
        }

        month = parsed.Value;
        return true;
    }

    /// <summary>
    /// Appends the events of a validated log that the store does not hold yet. The stored events must be the log's first
    /// events (compared as serialized JSON); the rest is appended in batches of <see cref="ImportBatchSize"/>, each one
    /// transaction at the expected version. When another writer appends meanwhile, the comparison goes on from where it
    /// stopped (a few times at most).
    /// </summary>
    internal static async Task<ImportOutcome> ImportAsync(IVoucherEventStore store, string programmeId, IReadOnlyList<VoucherEvent> events, CancellationToken cancellationToken)
    {
        long checkedCount = 0;
        long appended = 0;
        var conflicts = 0;
        while (true)
        {
            await foreach (var stored in store.ReadAsync(programmeId, checkedCount, cancellationToken).ConfigureAwait(false))
            {
                if (checkedCount >= events.Count)
                {
                    break;
                }

                var storedJson = InclusionJson.SerializeEvent(stored);
                if (!string.Equals(storedJson, InclusionJson.SerializeEvent(events[(int)checkedCount]), StringComparison.Ordinal))
                {
                    return new ImportOutcome(events.Count, 0, appended, 0, checkedCount, storedJson);
                }

                checkedCount++;
            }

            var conflict = false;
            while (checkedCount < events.Count)
            {
                var size = (int)Math.Min(ImportBatchSize, events.Count - checkedCount);
                var batch = new VoucherEvent[size];
                for (var i = 0; i < size; i++)
                {
                    batch[i] = events[(int)checkedCount + i];
                }

                if (!await TryAppendAsync(store, programmeId, checkedCount, batch, cancellationToken).ConfigureAwait(false))
                {
                    conflict = true;
                    break;
                }

                checkedCount += size;
                appended += size;
            }

            if (!conflict)
            {
                var version = await store.GetVersionAsync(programmeId, cancellationToken).ConfigureAwait(false);
                return new ImportOutcome(events.Count, events.Count - appended, appended, version, null, null);
            }

            if (++conflicts > 3)
            {
                throw new VoucherStoreException("store.unavailable", $"The store kept refusing the import's batches of programme '{programmeId}' (other writers appending, or an event of the log already stored elsewhere in the stream); {appended} events were appended, each batch a valid continuation. Run the import again.", null);
            }
        }
    }

    /// <summary>
    /// One batch at the expected version: whether it was appended. Any other answer — the stream moved
    /// (<see cref="AppendOutcome.Conflict"/>), or an event in the way (<see cref="AppendOutcome.Duplicate"/>,
    /// <see cref="AppendOutcome.PassTaken"/>) — appended nothing: the import reads what the store holds and compares again.
    /// </summary>
    private static async Task<bool> TryAppendAsync(IVoucherEventStore store, string programmeId, long expectedVersion, IReadOnlyList<VoucherEvent> batch, CancellationToken cancellationToken) =>
        (await store.AppendAsync(programmeId, expectedVersion, batch, cancellationToken).ConfigureAwait(false)).Outcome == AppendOutcome.Appended;

    private static ValidationIssue Mismatch(string programmeId, string storeName, long index, string storedJson)
    {
        var n = (index + 1).ToString(CultureInfo.InvariantCulture);
        return new ValidationIssue(
            "store.import-mismatch",
            Severity.Error,
            $"Event {n} of the log differs from event {n} of programme {programmeId} in {storeName}: an import must continue the stored events, so nothing was appended. Stored: {storedJson}",
            $"L'événement {n} du journal diffère de l'événement {n} du programme {programmeId} dans {storeName} : un import doit prolonger les événements enregistrés, rien n'a donc été ajouté. Enregistré : {storedJson}");
    }

    /// <summary>The line of the <paramref name="index"/>-th event (0-based) of a valid log: its non-blank lines are its events.</summary>
    internal static long LineOfEvent(Stream log, long index)
    {
        using var reader = new StreamReader(log, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        long line = 0;
        long seen = -1;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (!string.IsNullOrWhiteSpace(text) && ++seen == index)
            {
                return line;
            }
        }

        return line;
    }

    private static MemoryStream Buffer(Stream input)
    {
        var buffer = new MemoryStream();
        input.CopyTo(buffer);
        buffer.Position = 0;
        return buffer;
    }

    private static void WriteImportText(ImportOutcome r, TextWriter output, string source, string store, bool french)
    {
        var appended = r.Appended == 0
            ? (french ? "rien n'a été ajouté" : "nothing appended")
            : (french ? $"{r.Appended} ajoutés" : $"{r.Appended} appended");
        output.WriteLine(french
            ? $"{source} : {r.Events} événements, {r.AlreadyStored} déjà dans {store}, {appended} ; le programme est à la version {r.Version}."
            : $"{source}: {r.Events} events, {r.AlreadyStored} already in {store}, {appended}; the programme is at version {r.Version}.");
        if (r.Version > r.Events)
        {
            output.WriteLine(french
                ? $"Le magasin contient {r.Version - r.Events} événements de plus que le journal (enregistrés depuis)."
                : $"The store holds {r.Version - r.Events} more events than the log (recorded since).");
        }
    }

    private static void WriteScanText(PassesRedeemed r, TextWriter output, bool repeat, long version, bool french)
    {
        var passes = string.Join(", ", r.Passes.Select(n => PassSerial.FromNumber(n).ToString()));
        var at = InstantPattern.ExtendedIso.Format(r.At);
        output.WriteLine(repeat
            ? (french
                ? $"Scan répété : rédemption {r.Redemption} déjà enregistrée le {at} ({passes} chez {r.Provider}, {r.Service}) ; rien n'est enregistré."
                : $"Repeated scan: redemption {r.Redemption} was recorded at {at} ({passes} at {r.Provider}, {r.Service}); nothing recorded.")
            : (french
                ? $"Rédemption {r.Redemption} enregistrée : {passes} chez {r.Provider}, {r.Service}, {at} (version {version})."
                : $"Redemption {r.Redemption} recorded: {passes} at {r.Provider}, {r.Service}, {at} (version {version})."));
    }

    private static void WriteJson(TextWriter output, Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length));
    }

    /// <summary>What an import did.</summary>
    /// <param name="Events">The events of the log.</param>
    /// <param name="AlreadyStored">Those the store held already.</param>
    /// <param name="Appended">Those appended.</param>
    /// <param name="Version">The stream's version after the import.</param>
    /// <param name="Mismatch">The index of the first event that differs from the stored one, if any (nothing appended).</param>
    /// <param name="StoredJson">The stored event that differs.</param>
    internal sealed record ImportOutcome(long Events, long AlreadyStored, long Appended, long Version, long? Mismatch, string? StoredJson);
}
