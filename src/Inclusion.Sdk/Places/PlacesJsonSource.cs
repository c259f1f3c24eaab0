using System.Text;
using System.Text.Json;
using Inclusion.Sdk.Reporting;
using static Inclusion.Sdk.Places.PlacesRules;

namespace Inclusion.Sdk.Places;

/// <summary>
/// Streams a JSON array of objects (the standard's JSON form) with <see cref="Utf8JsonReader"/>: one object is buffered
/// at a time. Keys are column names; numbers are read as their text, arrays of strings are joined with the separator,
/// <c>null</c> is an empty cell. The row of the n-th object is n + 1, as if a header were row 1 (the same numbers as the CSV form).
/// </summary>
internal static class PlacesJsonSource
{
    private static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 16 };

    internal static PlacesSchemaVersion? Run(PlacesFileProcessor processor, TextReader text)
    {
        var source = processor.Options.SourceName;
        var bytes = new byte[64 * 1024];
        var chars = new char[16 * 1024];
        var filled = 0;
        var final = false;
        var state = new JsonReaderState(ReaderOptions);
        var started = false;
        long index = 0;
        PlacesFileProcessor.RowSink? sink = null;
        var unknownKeys = new HashSet<string>(StringComparer.Ordinal);
        var encoder = new UTF8Encoding(false);

        Fill();
        while (true)
        {
            var reader = new Utf8JsonReader(bytes.AsSpan(0, filled), final, state);
            var savedState = reader.CurrentState;
            long savedConsumed = 0;
            var done = false;
            while (true)
            {
                savedState = reader.CurrentState;
                savedConsumed = reader.BytesConsumed;
                if (!reader.Read())
                {
                    done = final;
                    break;
                }

                if (!started)
                {
                    if (reader.TokenType != JsonTokenType.StartArray)
                    {
                        processor.Report(FileJson.Issue("the document must be an array of objects, one per place", location: new IssueLocation(source)));
                        return null;
                    }

                    started = true;
                    continue;
                }

                if (reader.TokenType == JsonTokenType.EndArray && reader.CurrentDepth == 0)
                {
                    done = true;
                    break;
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
                    processor.Report(FileJson.Issue($"element {index} is not an object", location: new IssueLocation(source, index + 1)));
                    continue;
                }

                var row = Parse(bytes.AsSpan(start, (int)reader.BytesConsumed - start));
                sink ??= processor.StartHeader(
                    PlacesSchema.For(Detect(row, processor.Options.Schema)).Fields.Select(f => f.Name).ToArray(),
                    Detect(row, processor.Options.Schema));
                var cells = sink.Cells;
                Array.Clear(cells);
                foreach (var (key, value) in row)
                {
                    if (sink.Schema.ByName.TryGetValue(key, out var field))
                    {
                        cells[field.Index] = value;
                    }
                    else if (unknownKeys.Add(key))
                    {
                        processor.Report(HeaderExtra.Issue(key, location: new IssueLocation(source, index + 1, null, key)));
                    }
                }

                sink.Process(index + 1);
            }

            if (done)
            {
                break;
            }

            if (final)
            {
                processor.Report(FileJson.Issue("the document ends before the array is closed", location: new IssueLocation(source, index + 2)));
                break;
            }

            state = savedState;
            var consumed = (int)savedConsumed;
            Buffer.BlockCopy(bytes, consumed, bytes, 0, filled - consumed);
            filled -= consumed;
            Fill();
        }

        if (sink is null)
        {
            if (!started)
            {
                processor.Report(FileEmpty.Issue(null, location: new IssueLocation(source)));
                return null;
            }

            sink = processor.StartHeader(PlacesSchema.For(processor.Options.Schema ?? PlacesSchemaVersion.V1).Fields.Select(f => f.Name).ToArray(), processor.Options.Schema ?? PlacesSchemaVersion.V1);
        }

        return sink.Finish();

        void Fill()
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

                filled += encoder.GetBytes(chars, 0, n, bytes, filled);
            }
        }
    }

    private static PlacesSchemaVersion Detect(List<(string Key, string Value)> row, PlacesSchemaVersion? forced) =>
        forced ?? (row.Any(p => p.Key is "publics_accueillis" or "conditions_acces" or "labels_nationaux" or "cle_ban" or "courriel") ? PlacesSchemaVersion.V0 : PlacesSchemaVersion.V1);

    private static List<(string Key, string Value)> Parse(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, ReaderOptions);
        var row = new List<(string, string)>(32);
        reader.Read(); // StartObject
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            reader.Read();
            row.Add((key, ValueOf(ref reader)));
        }

        return row;
    }

    private static string ValueOf(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return reader.GetString()!;
            case JsonTokenType.Null:
                return string.Empty;
            case JsonTokenType.StartArray:
                var parts = new List<string>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    parts.Add(ValueOf(ref reader));
                }

                return string.Join('|', parts);
            case JsonTokenType.StartObject:
                reader.Skip();
                return "{…}";
            default:
                return Encoding.UTF8.GetString(reader.ValueSpan);
        }
    }
}
