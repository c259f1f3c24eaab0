using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Inclusion.Sdk.Files;

/// <summary>Reads and writes <see cref="Instant"/> as an extended ISO instant in UTC (<c>2026-03-01T12:30:00Z</c>).</summary>
internal sealed class InstantJsonConverter : JsonConverter<Instant>
{
    public override Instant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        NodaJson.ReadPattern(ref reader, InstantPattern.ExtendedIso);

    public override void Write(Utf8JsonWriter writer, Instant value, JsonSerializerOptions options) =>
        writer.WriteStringValue(InstantPattern.ExtendedIso.Format(value));
}
