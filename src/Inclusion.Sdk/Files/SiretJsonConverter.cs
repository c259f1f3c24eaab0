using System.Text.Json;
using System.Text.Json.Serialization;
using Inclusion.Sdk.Identifiers;

namespace Inclusion.Sdk.Files;

/// <summary>Writes a <see cref="Siret"/> as its 14 digits and reads any spelling <see cref="Siret.Parse"/> accepts
/// (<c>"732 829 320 00116"</c> and <c>"73282932000116"</c> are one SIRET); an invalid SIRET is a
/// <see cref="JsonException"/> naming the identifier rule.</summary>
internal sealed class SiretJsonConverter : JsonConverter<Siret>
{
    public override Siret Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a SIRET string, found {reader.TokenType}.");
        }

        var parsed = Siret.Parse(reader.GetString());
        return parsed.Success ? parsed.Value : throw new JsonException($"{parsed.Error!.RuleCode}: {parsed.Error.MessageEn}");
    }

    public override void Write(Utf8JsonWriter writer, Siret value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
