using System.Text.Json;
using NodaTime.Text;

namespace Inclusion.Sdk.Files;

/// <summary>Shared reading logic of the NodaTime converters: a JSON string parsed with a NodaTime pattern.</summary>
internal static class NodaJson
{
    internal static T ReadPattern<T>(ref Utf8JsonReader reader, IPattern<T> pattern)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a string for {typeof(T).Name}, found {reader.TokenType}.");
        }

        var text = reader.GetString()!;
        var result = pattern.Parse(text);
        return result.Success ? result.Value : throw new JsonException(result.Exception.Message);
    }
}
