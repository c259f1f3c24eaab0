using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Inclusion.Sdk.Reporting;

namespace Inclusion.Sdk.Files;

/// <summary>
/// Reads one JSON document (a plan, a programme) from a stream for a strict deserialisation: the input is opened once
/// by <see cref="TextInput"/> (empty, binary, encoding), then a structural pass with <see cref="Utf8JsonReader"/>
/// reports as located <c>file.*</c> issues what the deserialiser would accept or report badly: malformed JSON,
/// duplicate keys, content after the document, strings holding a lone surrogate (<c>"\ud800"</c>).
/// </summary>
internal static class JsonDocumentInput
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 64 };

    /// <summary>The UTF-8 bytes of a well-formed document and its path index, or <see langword="null"/> after reporting why not.</summary>
    internal static (byte[] Utf8, JsonLineIndex Index)? Read(Stream input, string? source, IIssueSink issues)
    {
        string text;
        try
        {
            var opened = TextInput.Open(input, source, issues);
            if (opened is null)
            {
                return null;
            }

            text = opened.Reader.ReadToEnd();
        }
        catch (Exception e) when (e is IOException or DecoderFallbackException or NotSupportedException or ObjectDisposedException)
        {
            issues.Add(FileRules.Unreadable.Issue(e.Message, location: new IssueLocation(source)));
            return null;
        }

        var utf8 = Encoding.UTF8.GetBytes(text);
        var index = JsonLineIndex.Build(utf8);
        return Check(utf8, source, index, issues) ? (utf8, index) : null;
    }

    /// <summary>
    /// Deserialises a checked document strictly (unknown or missing members, numbers as strings, nulls); what the schema
    /// refuses, or a null document, is reported as <paramref name="schema"/>, located at its line, column and JSON path.
    /// </summary>
    /// <returns>The document, or <see langword="null"/> after reporting why not.</returns>
    internal static T? Deserialize<T>(byte[] utf8, JsonTypeInfo<T> type, RuleDefinition schema, string? source, IIssueSink issues)
        where T : class
    {
        try
        {
            var document = JsonSerializer.Deserialize(utf8, type);
            if (document is null)
            {
                issues.Add(schema.Issue("the document is null; an object was expected.", location: new IssueLocation(source, 1, 1, "$")));
            }

            return document;
        }
        catch (JsonException e)
        {
            var cut = e.Message.IndexOf(" Path: ", StringComparison.Ordinal);
            var location = new IssueLocation(source, e.LineNumber + 1, e.BytePositionInLine is { } b ? (int)b + 1 : null, e.Path);
            issues.Add(schema.Issue(cut > 0 ? e.Message[..cut] : e.Message, location: location));
            return null;
        }
    }

    /// <summary>Checks the structure of one document; returns false after reporting a fault.</summary>
    internal static bool Check(ReadOnlySpan<byte> utf8, string? source, JsonLineIndex? index, IIssueSink issues, long? row = null)
    {
        var reader = new Utf8JsonReader(utf8, isFinalBlock: true, new JsonReaderState(Options with { AllowMultipleValues = true }));
        var objects = new Stack<(HashSet<string> Keys, string Path)>();
        var paths = new Stack<string>();
        var arrays = new Stack<int>();
        string? pending = null;
        var ok = true;
        try
        {
            var depth = 0;
            var documents = 0;
            while (reader.Read())
            {
                if (depth == 0 && documents == 1)
                {
                    var shown = Encoding.UTF8.GetString(utf8[(int)reader.TokenStartIndex..Math.Min(utf8.Length, (int)reader.TokenStartIndex + 20)]);
                    var (line, column) = Position(index, reader.TokenStartIndex);
                    issues.Add(FileRules.JsonTrailing.Issue(shown, location: new IssueLocation(source, row ?? line, column, null)));
                    return false;
                }

                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        var path = ValuePath(paths, arrays, ref pending);
                        paths.Push(path);
                        arrays.Push(reader.TokenType == JsonTokenType.StartArray ? 0 : -1);
                        if (reader.TokenType == JsonTokenType.StartObject)
                        {
                            objects.Push((new HashSet<string>(StringComparer.Ordinal), path));
                        }

                        depth++;
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        if (reader.TokenType == JsonTokenType.EndObject)
                        {
                            objects.Pop();
                        }

                        paths.Pop();
                        arrays.Pop();
                        depth--;
                        if (depth == 0)
                        {
                            documents++;
                        }

                        break;
                    case JsonTokenType.PropertyName:
                        string name;
                        try
                        {
                            name = reader.GetString()!;
                        }
                        catch (InvalidOperationException e)
                        {
                            var (line, column) = Position(index, reader.TokenStartIndex);
                            issues.Add(FileRules.JsonMalformed.Issue(e.Message, location: new IssueLocation(source, row ?? line, column, objects.Peek().Path)));
                            return false;
                        }

                        var (keys, parent) = objects.Peek();
                        if (!keys.Add(name))
                        {
                            var (line, column) = Position(index, reader.TokenStartIndex);
                            issues.Add(FileRules.JsonDuplicateKey.Issue(name, location: new IssueLocation(source, row ?? line, column, parent + "." + name)));
                            ok = false;
                        }

                        pending = name;
                        break;
                    default:
                        var valuePath = ValuePath(paths, arrays, ref pending);
                        if (reader.TokenType == JsonTokenType.String)
                        {
                            try
                            {
                                _ = reader.GetString();
                            }
                            catch (InvalidOperationException e)
                            {
                                var (line, column) = Position(index, reader.TokenStartIndex);
                                issues.Add(FileRules.JsonMalformed.Issue(e.Message, location: new IssueLocation(source, row ?? line, column, valuePath)));
                                ok = false;
                            }
                        }

                        if (depth == 0)
                        {
                            documents++;
                        }

                        break;
                }
            }
        }
        catch (JsonException e)
        {
            var message = e.Message.Split(" LineNumber:", 2)[0];
            issues.Add(FileRules.JsonMalformed.Issue(message, location: new IssueLocation(source, row ?? (e.LineNumber ?? 0) + 1, e.BytePositionInLine is { } b ? (int)b + 1 : null, null)));
            return false;
        }

        return ok;
    }

    private static (int Line, int Column) Position(JsonLineIndex? index, long offset) =>
        index?.Position(offset) ?? (1, (int)offset + 1);

    private static string ValuePath(Stack<string> paths, Stack<int> arrays, ref string? pending)
    {
        if (paths.Count == 0)
        {
            return "$";
        }

        string path;
        if (arrays.Peek() >= 0)
        {
            var i = arrays.Pop();
            arrays.Push(i + 1);
            path = paths.Peek() + "[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
        }
        else
        {
            path = paths.Peek() + "." + pending;
        }

        pending = null;
        return path;
    }
}
