using Inclusion.Sdk.Reporting;
using System.Buffers;
using System.Text;
using System.Text.Json;

using Inclusion.Sdk.Utility;
using NodaTime;
using NodaTime.Text;

namespace Inclusion.Sdk.Files;

/// <summary>
/// Writes a validation report as JSON while it is built, without keeping the issues: the document has the shape of
/// <see cref="InclusionJson.Serialize(ValidationReport, bool)"/> (<c>source</c>, <c>generatedAt</c>, <c>issues</c>,
/// then <c>counts</c>) and reads back with <see cref="InclusionJson.DeserializeValidationReport(string)"/>. Accents and
/// <c>+</c> are written as they are, not as <c>\u</c> escapes (escape the text before embedding it in HTML).
/// </summary>
/// <remarks>
/// <para>Each issue is written when it is added; the counts per rule and severity, kept by this writer, are written
/// by <see cref="Complete"/>, which ends the document. Output is flushed to the target every few kilobytes, so memory
/// does not grow with the number of issues.</para>
/// <para>This type is mutable and not thread-safe. Disposing it does not complete the document and never closes the
/// target.</para>
/// </remarks>
public sealed class JsonReportWriter : IIssueSink, IDisposable
{
    private const int FlushThreshold = 16 * 1024;

    private readonly ArrayBufferWriter<byte> buffer = new(FlushThreshold * 2);
    private readonly Utf8JsonWriter json;
    private readonly Stream? stream;
    private readonly TextWriter? text;
    private readonly Dictionary<(string Rule, Severity Severity), long> counts = [];
    private bool completed;

    /// <summary>Creates a writer to a UTF-8 stream and writes the start of the document.</summary>
    /// <param name="utf8Json">The destination stream; not closed.</param>
    /// <param name="source">The validated file or logical source, if any.</param>
    /// <param name="generatedAt">When the report was produced, if it should be recorded.</param>
    /// <param name="indented">Whether to indent the output.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    public JsonReportWriter(Stream utf8Json, string? source, Instant? generatedAt, bool indented)
    {
        stream = Preconditions.CheckNotNull(utf8Json);
        json = Start(source, generatedAt, indented);
    }

    /// <summary>Creates a writer to a text writer and writes the start of the document.</summary>
    /// <param name="writer">The destination; not closed.</param>
    /// <param name="source">The validated file or logical source, if any.</param>
    /// <param name="generatedAt">When the report was produced, if it should be recorded.</param>
    /// <param name="indented">Whether to indent the output.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is <see langword="null"/>.</exception>
    public JsonReportWriter(TextWriter writer, string? source, Instant? generatedAt, bool indented)
    {
        text = Preconditions.CheckNotNull(writer);
        json = Start(source, generatedAt, indented);
    }

    /// <summary>The number of issues written so far.</summary>
    public long Count { get; private set; }

    /// <summary>Writes one issue and counts it.</summary>
    /// <param name="issue">The issue.</param>
    /// <exception cref="ArgumentNullException"><paramref name="issue"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The document was completed.</exception>
    public void Add(ValidationIssue issue)
    {
        Preconditions.CheckNotNull(issue);
        if (completed)
        {
            throw new InvalidOperationException("The JSON report is complete; no issue can be added.");
        }

        JsonSerializer.Serialize(json, issue, InclusionJsonContext.Default.ValidationIssue);
        var key = (issue.RuleCode, issue.Severity);
        counts[key] = counts.GetValueOrDefault(key) + 1;
        Count++;
        if (json.BytesPending + buffer.WrittenCount >= FlushThreshold)
        {
            WritePending();
        }
    }

    /// <summary>
    /// Ends the document: writes the counts of the issues added (errors first, then by rule code, as
    /// <see cref="ValidationReport.Counts"/>), closes the JSON object and flushes the target. Calling it again does nothing.
    /// </summary>
    public void Complete()
    {
        if (completed)
        {
            return;
        }

        json.WriteEndArray();
        json.WritePropertyName("counts");
        json.WriteStartArray();
        foreach (var count in counts
            .OrderByDescending(c => c.Key.Severity)
            .ThenBy(c => c.Key.Rule, StringComparer.Ordinal))
        {
            JsonSerializer.Serialize(json, new RuleCount(count.Key.Rule, count.Key.Severity, count.Value), InclusionJsonContext.Default.RuleCount);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        completed = true;
        WritePending();
        stream?.Flush();
        text?.Flush();
    }

    /// <summary>Writes what is pending to the target (without completing the document) and releases the JSON writer.</summary>
    public void Dispose()
    {
        if (!completed)
        {
            WritePending();
        }

        json.Dispose();
    }

    private Utf8JsonWriter Start(string? source, Instant? generatedAt, bool indented)
    {
        var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, Encoder = InclusionJson.ReportEncoder });
        writer.WriteStartObject();
        if (!string.IsNullOrEmpty(source))
        {
            writer.WriteString("source", source);
        }

        if (generatedAt is { } instant)
        {
            writer.WriteString("generatedAt", InstantPattern.ExtendedIso.Format(instant));
        }

        writer.WritePropertyName("issues");
        writer.WriteStartArray();
        return writer;
    }

    private void WritePending()
    {
        json.Flush();
        if (buffer.WrittenCount == 0)
        {
            return;
        }

        if (stream is not null)
        {
            stream.Write(buffer.WrittenSpan);
        }
        else
        {
            text!.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        }

        buffer.ResetWrittenCount();
    }
}
