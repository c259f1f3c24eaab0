using System.Text;
using System.Text.Json;

namespace Inclusion.Sdk.Utility;

/// <summary>
/// Opens and parses the reference data embedded under <c>Resources/</c> (logical names <c>Inclusion.Sdk.Resources.*</c>).
/// The parsing here knows no domain: chosen members of the objects of a JSON array (CSV tables are read by EmbeddedCsv).
/// Domain types map those strings to their values, so that domain folders hold no reader code (see docs/architecture.md).
/// Embedded files are ours and tested: a malformed one is a packaging error and throws.
/// </summary>
internal static class EmbeddedData
{
    /// <summary>Opens an embedded resource by its path under <c>Resources/</c>, for example <c>cog/regions.csv</c>.</summary>
    /// <exception cref="InvalidOperationException">The resource is missing (a packaging error).</exception>
    internal static Stream Open(string relativePath)
    {
        var name = "Inclusion.Sdk.Resources." + relativePath.Replace('/', '.');
        return typeof(EmbeddedData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource '{name}' is missing from Inclusion.Sdk.");
    }

    /// <summary>For each object of an embedded JSON array, the string values of <paramref name="members"/> (null when
    /// absent or not a string), in that order.</summary>
    /// <param name="relativePath">The path under <c>Resources/</c>.</param>
    /// <param name="members">The member names to pick.</param>
    /// <exception cref="InvalidOperationException">The resource is missing.</exception>
    internal static IReadOnlyList<string?[]> ReadJsonObjects(string relativePath, params string[] members)
    {
        byte[] bytes;
        using (var stream = Open(relativePath))
        using (var buffer = new MemoryStream())
        {
            stream.CopyTo(buffer);
            bytes = buffer.ToArray();
        }

        var objects = new List<string?[]>();
        var reader = new Utf8JsonReader(bytes);
        string?[]? current = null;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject when reader.CurrentDepth == 1:
                    current = new string?[members.Length];
                    break;
                case JsonTokenType.PropertyName when current is not null && reader.CurrentDepth == 2:
                    var index = Array.IndexOf(members, reader.GetString());
                    reader.Read();
                    if (index >= 0 && reader.TokenType == JsonTokenType.String)
                    {
                        current[index] = reader.GetString();
                    }
                    else
                    {
                        reader.Skip();
                    }

                    break;
                case JsonTokenType.EndObject when reader.CurrentDepth == 1 && current is not null:
                    objects.Add(current);
                    current = null;
                    break;
            }
        }

        return objects;
    }

    /// <summary>For an embedded JSON object: its top-level scalar members, and for each object of its array member
    /// <paramref name="arrayMember"/>, the scalar members of that object flattened into <c>parent.child</c> paths.
    /// Scalars are text: strings as they are, numbers as their literal, <c>true</c>/<c>false</c>; <c>null</c> is absent.</summary>
    /// <param name="relativePath">The path under <c>Resources/</c>.</param>
    /// <param name="arrayMember">The top-level member holding the array of objects.</param>
    /// <exception cref="InvalidOperationException">The resource is missing.</exception>
    internal static (IReadOnlyDictionary<string, string> Top, IReadOnlyList<IReadOnlyDictionary<string, string>> Items) ReadJsonObjectArray(string relativePath, string arrayMember)
    {
        byte[] bytes;
        using (var stream = Open(relativePath))
        using (var buffer = new MemoryStream())
        {
            stream.CopyTo(buffer);
            bytes = buffer.ToArray();
        }

        var top = new Dictionary<string, string>(StringComparer.Ordinal);
        var items = new List<IReadOnlyDictionary<string, string>>();
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        var frames = new List<string?>(); // the member name of each open object or array (null for the root and array elements)
        Dictionary<string, string>? current = null;
        string? pending = null;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    pending = reader.GetString();
                    break;
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    frames.Add(pending);
                    pending = null;
                    if (reader.TokenType == JsonTokenType.StartObject && frames.Count == 3 && frames[1] == arrayMember)
                    {
                        current = new Dictionary<string, string>(StringComparer.Ordinal);
                    }

                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    if (reader.TokenType == JsonTokenType.EndObject && frames.Count == 3 && current is not null)
                    {
                        items.Add(current);
                        current = null;
                    }

                    frames.RemoveAt(frames.Count - 1);
                    break;
                case JsonTokenType.Null:
                    pending = null;
                    break;
                default:
                    if (pending is not null)
                    {
                        var text = reader.TokenType == JsonTokenType.String ? reader.GetString()! : Encoding.UTF8.GetString(reader.ValueSpan);
                        if (current is not null)
                        {
                            current[string.Join('.', frames.Skip(3).Append(pending))] = text;
                        }
                        else if (frames.Count == 1)
                        {
                            top[pending] = text;
                        }
                    }

                    pending = null;
                    break;
            }
        }

        return (top, items);
    }
}
