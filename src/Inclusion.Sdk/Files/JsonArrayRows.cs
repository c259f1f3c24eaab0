using System.Globalization;
using System.Text;
using System.Text.Json;
using Inclusion.Sdk.Reporting;

namespace Inclusion.Sdk.Files;

/// <summary>One object of a JSON array: its row (1-based index + 1, as if a header were row 1) and its members as
/// (path, text) pairs. Strings are their value, numbers their literal text, booleans <c>true</c>/<c>false</c>,
/// <c>null</c> an empty text; an array of scalars is joined with <c>|</c>; a nested object is flattened into
/// <c>parent.member</c> paths and an array of objects into <c>parent[i].member</c> paths when flattening is on, else
/// its text is <c>{…}</c> (a wrong type that the caller's rules reject). A repeated member keeps its first value and is
/// reported (<c>file.json.duplicate-key</c>).</summary>
internal sealed class JsonObjectRow(long row)
{
    private readonly Dictionary<string, string> members = new(StringComparer.Ordinal);

    internal long Row { get; } = row;

    /// <summary>Whether array members also give their length as a <c>path#count</c> member.</summary>
    internal bool ArrayCounts { get; init; } = true;

    /// <summary>A structural problem met at this point of the document (the row then has no members): reported in
    /// document order, after the issues of the objects before it.</summary>
    internal ValidationIssue? Problem { get; private init; }

    internal static JsonObjectRow Failure(ValidationIssue problem) => new(0) { Problem = problem };

    internal List<string> Paths { get; } = [];

    /// <summary>Members met twice in one object (only the first value is kept).</summary>
    internal List<string>? Duplicates { get; private set; }

    internal void Add(string path, string text)
    {
        if (members.TryAdd(path, text))
        {
            Paths.Add(path);
        }
        else
        {
            (Duplicates ??= []).Add(path);
        }
    }

    internal bool Has(string path) => members.ContainsKey(path);

    internal string Get(string path) => members.TryGetValue(path, out var v) ? v : string.Empty;
}

/// <summary>
/// Streams a JSON array of objects with <see cref="Utf8JsonReader"/>, one element buffered at a time (memory does not
/// grow with the number of elements). Structural problems become <c>file.*</c> issues, never exceptions: a document that
/// is not an array or is malformed (<c>file.json.malformed</c>, stops the reading at the element), an element that is
/// not an object (<c>file.json.not-object</c>, the element is skipped), a member repeated in an object
/// (<c>file.json.duplicate-key</c>), content after the array (<c>file.json.trailing-content</c>), an empty document
/// (<c>file.empty</c>).
/// </summary>
internal static class JsonArrayRows
{
    private static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 16 };

    /// <summary>True when the first non-blank character of <paramref name="text"/> is <c>[</c> (a JSON array).</summary>
    internal static bool LooksLikeJson(ReadOnlySpan<char> text) => text.TrimStart("\uFEFF \t\r\n").StartsWith("[");

    /// <param name="text">The JSON text.</param>
    /// <param name="source">The source that locates issues.</param>
    /// <param name="report">Receives the issues.</param>
    /// <param name="flatten">Whether nested objects are flattened into <c>parent.member</c> paths.</param>
    /// <param name="arrayCounts">Whether an array member also gives a <c>path#count</c> member with its length.</param>
    internal static IEnumerable<JsonObjectRow> Read(TextReader text, string? source, IIssueSink report, bool flatten, bool arrayCounts = true)
    {
        var unreadable = FileRules.JsonMalformed;
        var fileEmpty = FileRules.Empty;
        var state = new Stream(text);
        var batch = new List<JsonObjectRow>();
        while (true)
        {
            batch.Clear();
            var more = state.Next(batch, source, unreadable, fileEmpty, flatten, arrayCounts);
            foreach (var row in batch)
            {
                if (row.Problem is { } problem)
                {
                    report.Add(problem);
                    continue;
                }

                foreach (var duplicate in row.Duplicates ?? [])
                {
                    report.Add(FileRules.JsonDuplicateKey.Issue(duplicate, location: new IssueLocation(source, row.Row, null, duplicate)));
                }

                yield return row;
            }

            if (!more)
            {
                yield break;
            }
        }
    }

    private sealed class Stream(TextReader text)
    {
        private readonly char[] chars = new char[16 * 1024];
        private readonly UTF8Encoding encoder = new(false);
        private byte[] bytes = new byte[64 * 1024];
        private int filled;
        private bool final;
        private bool started;
        private bool anyToken;
        private bool firstFill = true;
        private long index;
        private JsonReaderState state = new(ReaderOptions);

        /// <summary>Reads the complete elements of the buffer into <paramref name="batch"/>; false when the document is done.</summary>
        internal bool Next(List<JsonObjectRow> batch, string? source, RuleDefinition unreadable, RuleDefinition fileEmpty, bool flatten, bool arrayCounts)
        {
            try
            {
                Fill();
                var reader = new Utf8JsonReader(bytes.AsSpan(0, filled), final, state);
                var savedState = reader.CurrentState;
                long savedConsumed = 0;
                while (true)
                {
                    savedState = reader.CurrentState;
                    savedConsumed = reader.BytesConsumed;
                    if (!reader.Read())
                    {
                        break;
                    }

                    anyToken = true;
                    if (!started)
                    {
                        if (reader.TokenType != JsonTokenType.StartArray)
                        {
                            Report(batch, unreadable.Issue("the document must be an array of objects", location: new IssueLocation(source, 1, null, null)));
                            return false;
                        }

                        started = true;
                        continue;
                    }

                    if (reader.TokenType == JsonTokenType.EndArray && reader.CurrentDepth == 0)
                    {
                        CheckTrailing((int)reader.BytesConsumed, batch, source);
                        return false;
                    }

                    var start = (int)reader.TokenStartIndex;
                    var isObject = reader.TokenType == JsonTokenType.StartObject;
                    if (!reader.TrySkip())
                    {
                        break; // the element is incomplete: read more
                    }

                    index++;
                    if (!isObject)
                    {
                        Report(batch, FileRules.JsonNotObject.Issue(index.ToString(CultureInfo.InvariantCulture),
                            location: new IssueLocation(source, index + 1, null, null)));
                        continue;
                    }

                    batch.Add(Parse(bytes.AsSpan(start, (int)reader.BytesConsumed - start), index + 1, flatten, arrayCounts));
                }

                if (final)
                {
                    if (!anyToken)
                    {
                        Report(batch, fileEmpty.Issue(null, location: new IssueLocation(source, null, null, null)));
                    }
                    else
                    {
                        Report(batch, unreadable.Issue("the document ends before the array is closed", location: new IssueLocation(source, index + 2, null, null)));
                    }

                    return false;
                }

                state = savedState;
                var consumed = (int)savedConsumed;
                Buffer.BlockCopy(bytes, consumed, bytes, 0, filled - consumed);
                filled -= consumed;
                return true;
            }
            catch (JsonException) when (!anyToken && final && bytes.AsSpan(0, filled).Trim(" \t\r\n"u8).IsEmpty)
            {
                Report(batch, fileEmpty.Issue(null, location: new IssueLocation(source, null, null, null)));
                return false;
            }
            catch (JsonException e)
            {
                Report(batch, unreadable.Issue(e.Message, location: new IssueLocation(source, index + 2, null, null)));
                return false;
            }
            catch (Exception e) when (e is IOException or DecoderFallbackException or InvalidOperationException)
            {
                Report(batch, unreadable.Issue(e.Message, location: new IssueLocation(source, Math.Max(index + 1, 1), null, null)));
                return false;
            }
        }

        private static void Report(List<JsonObjectRow> batch, ValidationIssue issue) => batch.Add(JsonObjectRow.Failure(issue));

        /// <summary>Reports anything but white space after the closing bracket of the array (reading the rest of the input).</summary>
        private void CheckTrailing(int consumed, List<JsonObjectRow> batch, string? source)
        {
            var rest = bytes.AsSpan(consumed, filled - consumed).Trim(" \t\r\n"u8);
            while (rest.IsEmpty && !final)
            {
                filled = 0;
                Fill();
                rest = bytes.AsSpan(0, filled).Trim(" \t\r\n"u8);
            }

            if (!rest.IsEmpty)
            {
                var shown = System.Text.Encoding.UTF8.GetString(rest[..Math.Min(rest.Length, 20)]);
                Report(batch, FileRules.JsonTrailing.Issue(shown, location: new IssueLocation(source, index + 2, null, null)));
            }
        }

        private void Fill()
        {
            var target = filled + (32 * 1024);
            while (!final && filled < target)
            {
                if (bytes.Length - filled < chars.Length * 3)
                {
                    Array.Resize(ref bytes, Math.Max(bytes.Length * 2, filled + (chars.Length * 3)));
                }

                var n = text.Read(chars, 0, chars.Length);
                if (n == 0)
                {
                    final = true;
                    break;
                }

                var offset = 0;
                if (firstFill)
                {
                    firstFill = false;
                    offset = chars[0] == '\uFEFF' ? 1 : 0;
                }

                filled += encoder.GetBytes(chars, offset, n - offset, bytes, filled);
            }
        }
    }

    private static JsonObjectRow Parse(ReadOnlySpan<byte> json, long row, bool flatten, bool arrayCounts)
    {
        var reader = new Utf8JsonReader(json, ReaderOptions);
        var result = new JsonObjectRow(row) { ArrayCounts = arrayCounts };
        reader.Read(); // StartObject
        ReadObject(ref reader, result, string.Empty, flatten);
        return result;
    }

    private static void ReadObject(ref Utf8JsonReader reader, JsonObjectRow row, string prefix, bool flatten)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var path = prefix + reader.GetString();
            reader.Read();
            ReadValue(ref reader, row, path, flatten);
        }
    }

    private static void ReadValue(ref Utf8JsonReader reader, JsonObjectRow row, string path, bool flatten)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject when flatten:
                row.Add(path, "{…}");
                ReadObject(ref reader, row, path + ".", flatten);
                break;
            case JsonTokenType.StartArray:
                var parts = new List<string>();
                var i = 0;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (reader.TokenType == JsonTokenType.StartObject && flatten)
                    {
                        ReadObject(ref reader, row, path + "[" + i.ToString(CultureInfo.InvariantCulture) + "].", flatten);
                        parts.Add("{…}");
                    }
                    else
                    {
                        parts.Add(Scalar(ref reader));
                    }

                    i++;
                }

                row.Add(path, string.Join('|', parts));
                if (row.ArrayCounts)
                {
                    row.Add(path + "#count", i.ToString(CultureInfo.InvariantCulture));
                }

                break;
            default:
                row.Add(path, Scalar(ref reader));
                break;
        }
    }

    private static string Scalar(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return reader.GetString()!;
            case JsonTokenType.Null:
                return string.Empty;
            case JsonTokenType.True:
                return "true";
            case JsonTokenType.False:
                return "false";
            case JsonTokenType.StartObject or JsonTokenType.StartArray:
                reader.Skip();
                return "{…}";
            default:
                return Encoding.UTF8.GetString(reader.ValueSpan);
        }
    }
}
