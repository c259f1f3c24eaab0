using System.Globalization;
using System.Text;
using System.Text.Json;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Utility;
using Inclusion.Sdk.Vouchers;

namespace Inclusion.Sdk.Files;

/// <summary>
/// Reads the event log of a voucher programme (JSON Lines: one event per line, docs/vouchers.md "File formats"),
/// replays it into a <see cref="VoucherLedger"/> with the import checks of docs/vouchers.md "Importing an event log",
/// and writes it back (<see cref="Write(IEnumerable{VoucherEvent}, Stream)"/>).
/// </summary>
/// <remarks>
/// <para>An event log grows with every scan of every pass (hundreds of thousands of lines for a programme-year), so it
/// is streamed: <see cref="Read(Stream, IIssueSink, ReadOptions?)"/> yields the events one by one and gives each bad
/// line to an <see cref="IIssueSink"/>; the input is read once (a pipe works). Blank lines are skipped; a bad line
/// (malformed JSON, duplicate key, content after the object, lone surrogate: <c>file.json.*</c>; unknown type, missing
/// or invalid member: <c>voucher-file.field</c>; unsupported schema version; a time outside the years 1900 to 2199)
/// is an issue located at its line and never stops the reading; so is a scan listing a pass twice
/// (<c>redemption.duplicate-pass</c>).</para>
/// <para>Never throws for bad content. This class is stateless and thread-safe.</para>
/// </remarks>
public static class VoucherEventFile
{
    /// <summary>Streams the events of a JSON Lines log, in file order.</summary>
    /// <param name="input">The stream of bytes, read once as the sequence is enumerated.</param>
    /// <param name="issues">Receives the issue of every bad line.</param>
    /// <param name="options">The source name, or <see langword="null"/> for the defaults.</param>
    /// <returns>The valid events.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> or <paramref name="issues"/> is <see langword="null"/>.</exception>
    public static IEnumerable<VoucherEvent> Read(Stream input, IIssueSink issues, ReadOptions? options = null)
    {
        Preconditions.CheckNotNull(input);
        Preconditions.CheckNotNull(issues);
        return Lines(input, issues, (options ?? ReadOptions.Default).Source).Select(l => l.Event);
    }

    /// <summary>Streams the events of a JSON Lines file, in file order.</summary>
    /// <param name="path">The file's path; its file name is the source of locations unless <paramref name="options"/> sets one.</param>
    /// <param name="issues">Receives the issue of every bad line.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The valid events.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="issues"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The file cannot be opened (thrown when the enumeration starts).</exception>
    public static IEnumerable<VoucherEvent> Read(string path, IIssueSink issues, ReadOptions? options = null)
    {
        Preconditions.CheckNotNull(path);
        Preconditions.CheckNotNull(issues);
        var source = ReadOptions.ForPath(options, path).Source;
        return FromFile(path, issues, source);
    }

    /// <summary>
    /// Replays an event log into a new ledger of <paramref name="programme"/>: each event is decided by the ledger with
    /// every rule checked, in file order. An import is stricter than a live scan: a line that repeats an earlier scan
    /// (even with another redemption number or an older time) is <c>voucher-file.repeated-scan</c>, not an idempotent
    /// repeat, and a time outside the programme window widened by <see cref="VoucherProgramme.ImportMargin"/> is
    /// <c>voucher-file.date-window</c>. At the first bad line or rejected event the replay stops (later events would
    /// depend on it) and the rejection is located at that line; the remaining lines are still read and checked.
    /// </summary>
    /// <param name="programme">The programme's settings.</param>
    /// <param name="input">The stream of bytes, read once.</param>
    /// <param name="options">The source name and issue cap, or <see langword="null"/> for the defaults.</param>
    /// <returns>The ledger (with the events recorded before any fault) and the report; valid when every line was an
    /// event that the ledger accepted.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static LoadResult<VoucherLedger> Replay(VoucherProgramme programme, Stream input, ReadOptions? options = null)
    {
        Preconditions.CheckNotNull(programme);
        Preconditions.CheckNotNull(input);
        options ??= ReadOptions.Default;
        var report = options.NewReport();
        var ledger = new VoucherLedger(programme);
        var window = new ImportWindow(programme);
        var redemptionLines = new List<long>();
        var replaying = true;
        foreach (var (e, line) in Lines(input, report, options.Source))
        {
            if (!replaying || report.ErrorCount > 0)
            {
                replaying = false;
                continue;
            }

            if (window.Check(e) is { } outside)
            {
                report.Add(outside.WithLocation(new IssueLocation(options.Source, line, null, "at")));
                replaying = false;
                continue;
            }

            var result = ledger.Record(e);
            if (!result.Success)
            {
                report.Add(result.Rejection!.WithLocation(new IssueLocation(options.Source, line, null, "type")));
                replaying = false;
            }
            else if (result.IsRepeat && result.Event is PassesRedeemed original)
            {
                var first = redemptionLines[(int)original.Redemption - 1];
                report.Add(VoucherRules.FileRepeatedScan.Issue(Text(original.Redemption), extra: [Text(first)])
                    .WithLocation(new IssueLocation(options.Source, line, null, "passes")));
                replaying = false;
            }
            else
            {
                window.Recorded(e);
                if (e is PassesRedeemed)
                {
                    redemptionLines.Add(line);
                }
            }
        }

        return LoadResult<VoucherLedger>.Of(ledger, report.Build(options.Source));
    }

    /// <summary>Replays an event log file into a new ledger of <paramref name="programme"/>.</summary>
    /// <param name="programme">The programme's settings.</param>
    /// <param name="path">The file's path; its file name is the source of locations unless <paramref name="options"/> sets one.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The ledger and the report.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    /// <exception cref="UnauthorizedAccessException">The file cannot be opened.</exception>
    public static LoadResult<VoucherLedger> Replay(VoucherProgramme programme, string path, ReadOptions? options = null)
    {
        Preconditions.CheckNotNull(path);
        using var stream = File.OpenRead(path);
        return Replay(programme, stream, ReadOptions.ForPath(options, path));
    }

    /// <summary>
    /// Writes events as a JSON Lines log that <see cref="Read(Stream, IIssueSink, ReadOptions?)"/> and
    /// <see cref="Replay(VoucherProgramme, Stream, ReadOptions?)"/> read back: UTF-8 without byte order mark, one event
    /// per line (the <c>type</c> discriminator first), each line ended by <c>\n</c>. The events are streamed: each is
    /// written to <paramref name="output"/> as it is enumerated, so a log of any length needs constant memory.
    /// </summary>
    /// <param name="events">The events, in ledger order.</param>
    /// <param name="output">The destination stream; it is flushed, not closed.</param>
    /// <exception cref="ArgumentNullException">An argument or an event is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    public static void Write(IEnumerable<VoucherEvent> events, Stream output)
    {
        Preconditions.CheckNotNull(events);
        Preconditions.CheckNotNull(output);
        using var writer = new Utf8JsonWriter(output);
        foreach (var e in events)
        {
            Preconditions.CheckNotNull(e, nameof(events));
            writer.Reset();
            JsonSerializer.Serialize(writer, e, InclusionJsonContext.Default.VoucherEvent);
            writer.Flush();
            output.WriteByte((byte)'\n');
        }

        output.Flush();
    }

    /// <summary>A <c>voucher-file.field</c> issue for a deserialisation error (unknown type, missing or invalid member).</summary>
    internal static ValidationIssue FieldIssue(JsonException ex, string? source, long? row)
    {
        var column = ex.BytePositionInLine is { } c ? (int)c + 1 : (int?)null;
        var message = ex.Message.Split(" Path:", 2)[0];
        if (message.StartsWith("The JSON value could not be converted to ", StringComparison.Ordinal))
        {
            // The serialiser names a .NET type; say what is wrong in the file instead.
            message = "the value has the wrong type (a number is written as a JSON number, not as a string; a count has no decimals; a text is a string)";
        }
        else if (message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal))
        {
            message = "unknown member (member names are case-sensitive)";
        }

        var field = string.IsNullOrEmpty(ex.Path) || ex.Path == "$"
            ? (message.Contains("discriminator", StringComparison.OrdinalIgnoreCase) || message.Contains("abstract", StringComparison.OrdinalIgnoreCase) ? "type" : "$")
            : ex.Path;
        return VoucherRules.FileField.Issue(message, location: new IssueLocation(source, row, column, field));
    }

    private static IEnumerable<VoucherEvent> FromFile(string path, IIssueSink issues, string? source)
    {
        using var stream = File.OpenRead(path);
        foreach (var (e, _) in Lines(stream, issues, source))
        {
            yield return e;
        }
    }

    internal static IEnumerable<(VoucherEvent Event, long Line)> Lines(Stream input, IIssueSink issues, string? source)
    {
        var opened = TextInput.Open(input, source, issues);
        if (opened is null)
        {
            yield break;
        }

        long number = 0;
        while (true)
        {
            string? line;
            try
            {
                line = opened.Reader.ReadLine();
            }
            catch (Exception ex) when (ex is IOException or DecoderFallbackException)
            {
                issues.Add(FileRules.Unreadable.Issue(ex.Message, location: new IssueLocation(source, number + 1, null, null)));
                yield break;
            }

            if (line is null)
            {
                yield break;
            }

            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (Parse(line, number, source, issues) is { } parsed)
            {
                yield return (parsed, number);
            }
        }
    }

    private static VoucherEvent? Parse(string line, long number, string? source, IIssueSink issues)
    {
        var utf8 = Encoding.UTF8.GetBytes(line);
        if (!JsonDocumentInput.Check(utf8, source, null, issues, number))
        {
            return null;
        }

        VoucherEvent e;
        try
        {
            e = InclusionJson.DeserializeEvent(line);
        }
        catch (JsonException ex)
        {
            issues.Add(FieldIssue(ex, source, number));
            return null;
        }

        if (e.SchemaVersion != 1)
        {
            issues.Add(VoucherRules.FileSchemaVersion.Issue(e.SchemaVersion.ToString(CultureInfo.InvariantCulture), location: new IssueLocation(source, number, null, "schemaVersion")));
            return null;
        }

        if (e is PassesRedeemed r && DuplicatePass(r.Passes) is { } twice)
        {
            issues.Add(VoucherRules.RedemptionDuplicatePass.Issue(twice is >= 1 and <= PassSerial.MaxNumber ? PassSerial.FromNumber(twice).ToString() : Text(twice), location: new IssueLocation(source, number, null, "passes")));
            return null;
        }

        if (e.At.InUtc().Year is < 1900 or > 2199 || e is MonthSettled { Month.Year: < 1900 or > 2199 })
        {
            var field = e is MonthSettled m && m.Month.Year is < 1900 or > 2199 ? "month" : "at";
            issues.Add(VoucherRules.FileDateRange.Issue(field == "at" ? e.At.ToString() : ((MonthSettled)e).Month.ToString(), location: new IssueLocation(source, number, null, field)));
            return null;
        }

        return e;
    }

    private static long? DuplicatePass(IReadOnlyList<long> passes)
    {
        if (passes.Count < 2)
        {
            return null;
        }

        var seen = new HashSet<long>();
        foreach (var n in passes)
        {
            if (!seen.Add(n))
            {
                return n;
            }
        }

        return null;
    }

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
