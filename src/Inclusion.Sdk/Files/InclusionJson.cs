using System.Text.Encodings.Web;
using System.Text.Json;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Files;

/// <summary>
/// JSON reading and writing of the SDK's result types, through source-generated metadata (trimming and Native AOT safe).
/// </summary>
/// <remarks>
/// Property names are camelCase; enums are lower-case strings; dates are ISO (<c>2026-03-01</c>), instants are UTC
/// (<c>2026-03-01T12:30:00Z</c>). Reading is strict: an unknown member or a missing required member is an error.
/// </remarks>
public static partial class InclusionJson
{
    /// <summary>
    /// Serialises a validation report. Accents, <c>+</c> and quotes are written as they are (<c>"+33180059880"</c>,
    /// <c>"n'est pas"</c>), not as <c>\u</c> escapes: the text is meant for files and consoles. Escape it before
    /// embedding it in HTML.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="indented">Whether to indent the output.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    public static string Serialize(ValidationReport report, bool indented = false)
    {
        Preconditions.CheckNotNull(report);
        return JsonSerializer.Serialize(report, ReportContext(indented).ValidationReport);
    }

    /// <summary>Writes a validation report as UTF-8 JSON to a stream, with accents and <c>+</c> unescaped as <see cref="Serialize(ValidationReport, bool)"/>.</summary>
    /// <param name="report">The report.</param>
    /// <param name="utf8Json">The destination stream.</param>
    /// <param name="indented">Whether to indent the output.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Write(ValidationReport report, Stream utf8Json, bool indented = false)
    {
        Preconditions.CheckNotNull(report);
        Preconditions.CheckNotNull(utf8Json);
        JsonSerializer.Serialize(utf8Json, report, ReportContext(indented).ValidationReport);
    }

    /// <summary>Reads a validation report written by <see cref="Serialize(ValidationReport, bool)"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException">The text is not a valid report.</exception>
    public static ValidationReport DeserializeValidationReport(string json)
    {
        Preconditions.CheckNotNull(json);
        return JsonSerializer.Deserialize(json, InclusionJsonContext.Default.ValidationReport)
            ?? throw new JsonException("The JSON value is null; a validation report was expected.");
    }

    /// <summary>
    /// The encoder of validation reports: only what JSON requires is escaped (quotes, backslashes, control characters),
    /// so French text and E.164 numbers stay readable in report files.
    /// </summary>
    internal static JavaScriptEncoder ReportEncoder => JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    internal static InclusionJsonContext Context(bool indented) => indented ? Indented : InclusionJsonContext.Default;

    private static InclusionJsonContext ReportContext(bool indented) => indented ? ReportIndented : ReportCompact;

    private static InclusionJsonContext ReportCompact { get; } =
        new(new JsonSerializerOptions(InclusionJsonContext.Default.Options) { Encoder = ReportEncoder });

    private static InclusionJsonContext ReportIndented { get; } =
        new(new JsonSerializerOptions(InclusionJsonContext.Default.Options) { Encoder = ReportEncoder, WriteIndented = true });

    private static InclusionJsonContext Indented { get; } =
        new(new JsonSerializerOptions(InclusionJsonContext.Default.Options) { WriteIndented = true });
}
