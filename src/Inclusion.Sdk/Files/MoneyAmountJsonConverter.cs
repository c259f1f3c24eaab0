using System.Text.Json;
using System.Text.Json.Serialization;

namespace Inclusion.Sdk.Files;

/// <summary>Writes <see cref="Money"/> as a JSON number of euros (<c>1234.50</c>) and reads it back.</summary>
internal sealed class MoneyAmountJsonConverter : JsonConverter<Money>
{
    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Number
            ? Money.FromEuros(reader.GetDecimal())
            : throw new JsonException($"Expected a number of euros, found {reader.TokenType}.");

    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(value.Amount);
}
