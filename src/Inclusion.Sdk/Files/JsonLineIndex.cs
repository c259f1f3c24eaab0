using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Inclusion.Sdk.Files;

/// <summary>Maps the JSON paths of a well-formed document (<c>$.objectives[2].target.value</c>) to their line and
/// column, so that problems found after deserialisation are located in the file like syntax errors.</summary>
internal sealed class JsonLineIndex
{
    private readonly Dictionary<string, (int Line, int Column)> positions = new(StringComparer.Ordinal);
    private readonly List<int> lineStarts = [0];
    private readonly byte[] bytes;

    private JsonLineIndex(byte[] bytes)
    {
        this.bytes = bytes;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                lineStarts.Add(i + 1);
            }
        }
    }

    /// <summary>Indexes <paramref name="utf8"/>; a document that does not parse gives an index with no path.</summary>
    internal static JsonLineIndex Build(byte[] utf8)
    {
        var index = new JsonLineIndex(utf8);
        try
        {
            index.Walk();
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // Syntax errors (and names holding a lone surrogate) are reported by the reader's structural pass or the
            // deserialiser; the paths seen so far stay usable.
        }

        return index;
    }

    /// <summary>The line and column (1-based) of <paramref name="path"/>, or of its closest indexed ancestor.</summary>
    internal (int? Line, int? Column) Find(string path)
    {
        for (var p = path; p.Length > 0; p = Parent(p))
        {
            if (positions.TryGetValue(p, out var position))
            {
                return (position.Line, position.Column);
            }
        }

        return (null, null);
    }

    /// <summary>The line and column (1-based) of a byte offset of the document.</summary>
    internal (int Line, int Column) Position(long offset)
    {
        var start = lineStarts.BinarySearch((int)Math.Min(offset, bytes.Length));
        var line = start >= 0 ? start : ~start - 1;
        var column = Encoding.UTF8.GetCharCount(bytes, lineStarts[line], (int)Math.Min(offset, bytes.Length) - lineStarts[line]) + 1;
        return (line + 1, column);
    }

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? string.Empty : path[..cut];
    }

    private void Walk()
    {
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        var stack = new List<(string Path, bool IsArray, int Next)>();
        string? pendingName = null;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    pendingName = reader.GetString();
                    Record(stack[^1].Path + "." + pendingName, reader.TokenStartIndex);
                    break;
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    stack.Add((ValuePath(stack, ref pendingName, reader.TokenStartIndex), reader.TokenType == JsonTokenType.StartArray, 0));
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    stack.RemoveAt(stack.Count - 1);
                    break;
                default:
                    ValuePath(stack, ref pendingName, reader.TokenStartIndex);
                    break;
            }
        }
    }

    private string ValuePath(List<(string Path, bool IsArray, int Next)> stack, ref string? pendingName, long offset)
    {
        string path;
        if (stack.Count == 0)
        {
            path = "$";
            Record(path, offset);
        }
        else if (stack[^1].IsArray)
        {
            var top = stack[^1];
            path = top.Path + "[" + top.Next.ToString(CultureInfo.InvariantCulture) + "]";
            stack[^1] = (top.Path, true, top.Next + 1);
            Record(path, offset);
        }
        else
        {
            path = stack[^1].Path + "." + pendingName;
        }

        pendingName = null;
        return path;
    }

    private void Record(string path, long offset)
    {
        var start = lineStarts.BinarySearch((int)offset);
        var line = start >= 0 ? start : ~start - 1;
        var column = Encoding.UTF8.GetCharCount(bytes, lineStarts[line], (int)offset - lineStarts[line]) + 1;
        positions.TryAdd(path, (line + 1, column));
    }
}
