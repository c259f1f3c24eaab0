using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using nietras.SeparatedValues;

namespace Inclusion.Sdk.Files;

/// <summary>Shared plumbing of the diagnostic writers: indented JSON with accents and <c>+</c> kept readable, CSV through
/// Sep's writer, invariant numbers.</summary>
internal static class DiagnosticOutput
{
    internal static void Json(TextWriter output, Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(json);
        }

        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    internal static void NumberOrNull(this Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    internal static void NumberOrNull(this Utf8JsonWriter json, string name, long? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    /// <summary>A CSV writer on <paramref name="output"/> (comma, RFC 4180 escaping, header from the first row; the
    /// output is left open).</summary>
    internal static SepWriter Csv(TextWriter output) =>
        Sep.New(',').Writer(o => o with { Escape = true, CultureInfo = CultureInfo.InvariantCulture }).To(output, leaveOpen: true);

    internal static string Num(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? string.Empty;

    internal static string Num(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    internal static string Num(long value) => value.ToString(CultureInfo.InvariantCulture);
}
