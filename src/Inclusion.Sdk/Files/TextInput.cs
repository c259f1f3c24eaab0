using System.Text;
using System.Text.Unicode;
using Inclusion.Sdk.Reporting;

namespace Inclusion.Sdk.Files;

/// <summary>
/// Opens a data file (the one input opener of every reader): reads a prefix of at most 64 KiB to detect emptiness, binary content, the encoding (UTF-8 with
/// or without BOM; UTF-16 and Windows-1252/Latin-1 are reported and decoded as such), JSON and the CSV separator, then
/// replays the prefix so that the whole input is streamed once.
/// </summary>
internal sealed class TextInput
{
    private const int PrefixSize = 64 * 1024;

    private TextInput(TextReader reader, bool isJson, char separator, bool utf8, long expectedLines, bool whole)
    {
        IsWhole = whole;
        Reader = reader;
        IsJson = isJson;
        Separator = separator;
        IsUtf8 = utf8;
        ExpectedLines = expectedLines;
    }

    /// <summary>
    /// About how many lines the input holds, from the length of its lines in the first 64 KiB and the length of the
    /// input (exact when the whole input fits in the prefix; 0 when the length is unknown, as on standard input): a
    /// size hint for tables that grow with the rows, never a count.
    /// </summary>
    internal long ExpectedLines { get; }

    /// <summary>Whether the whole input was in the prefix (less than 64 KiB): not worth a second thread to read.</summary>
    internal bool IsWhole { get; }

    internal TextReader Reader { get; }

    internal bool IsJson { get; }

    internal char Separator { get; }

    /// <summary>Whether the input is decoded as UTF-8 (later invalid bytes become U+FFFD and are reported per row).</summary>
    internal bool IsUtf8 { get; }

    /// <summary>Opens the input, or returns <see langword="null"/> after reporting why it cannot be read as a table.</summary>
    internal static TextInput? Open(Stream stream, string? source, IIssueSink issues)
    {
        var location = new IssueLocation(source);
        var prefix = new byte[PrefixSize];
        var length = 0;
        int read;
        while (length < prefix.Length && (read = stream.Read(prefix, length, prefix.Length - length)) > 0)
        {
            length += read;
        }

        var full = length == prefix.Length;
        var bytes = prefix.AsSpan(0, length);
        Encoding encoding = new UTF8Encoding(false);
        var utf8 = true;
        var bom = 0;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bom = 3;
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            encoding = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            utf8 = false;
            bom = 2;
            issues.Add(FileRules.Encoding.Issue("BOM " + Convert.ToHexString(bytes[..2]), location: location, extra: [0, "UTF-16"]));
        }

        var body = bytes[bom..];
        if (body.Trim((ReadOnlySpan<byte>)[(byte)' ', (byte)'\t', (byte)'\r', (byte)'\n']).IsEmpty)
        {
            issues.Add(FileRules.Empty.Issue(null, location: location));
            return null;
        }

        if (utf8 && LooksBinary(body))
        {
            issues.Add(FileRules.Binary.Issue(null, location: location));
            return null;
        }

        if (utf8)
        {
            var check = full ? TrimIncompleteTail(body) : body;
            if (!Utf8.IsValid(check))
            {
                var offset = FirstInvalid(check);
                encoding = Windows1252();
                utf8 = false;
                issues.Add(FileRules.Encoding.Issue("0x" + check[offset].ToString("X2", System.Globalization.CultureInfo.InvariantCulture), location: location, extra: [bom + offset, "Windows-1252 (Latin-1)"]));
            }
        }

        // White space beyond ASCII (form feed, no-break space, U+0085…) is still white space: a file of nothing else
        // is empty, as the readers, which skip white-space-only lines, would otherwise report nothing at all.
        if (!full && string.IsNullOrWhiteSpace(encoding.GetString(body)))
        {
            issues.Add(FileRules.Empty.Issue(null, location: location));
            return null;
        }

        var text = encoding.GetString(body.Length > 4096 ? body[..4096] : body);
        var firstNonSpace = text.AsSpan().TrimStart();
        var isJson = !firstNonSpace.IsEmpty && firstNonSpace[0] is '[' or '{';
        var separator = isJson ? ',' : DetectSeparator(text);
        var lines = (long)body.Count((byte)'\n') + 1;
        if (full)
        {
            lines = Remaining(stream) is { } remaining ? lines + (long)Math.Ceiling(remaining * (double)lines / length) : 0;
        }

        Stream replay = new ReplayStream(prefix, bom, length, stream);
        var reader = new StreamReader(replay, encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 64 * 1024);
        return new TextInput(reader, isJson, separator, utf8, lines, !full);
    }

    /// <summary>The bytes left to read in <paramref name="stream"/>, when it can tell.</summary>
    private static long? Remaining(Stream stream)
    {
        try
        {
            return stream.CanSeek ? Math.Max(0, stream.Length - stream.Position) : null;
        }
        catch (Exception e) when (e is NotSupportedException or IOException or ObjectDisposedException)
        {
            return null;
        }
    }

    /// <summary>Windows-1252 when the code-pages provider has it, else Latin-1 (ISO-8859-1).</summary>
    private static Encoding Windows1252() => CodePagesEncodingProvider.Instance.GetEncoding(1252) ?? Encoding.Latin1;

    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        // A text file may hold a stray control character in a cell (reported there); a binary file is full of them.
        var control = 0;
        foreach (var b in bytes)
        {
            if (b < 0x20 && b is not (byte)'\t' and not (byte)'\r' and not (byte)'\n' and not 0x0C)
            {
                control++;
            }
        }

        return control > 0 && control >= bytes.Length / 64;
    }

    private static ReadOnlySpan<byte> TrimIncompleteTail(ReadOnlySpan<byte> bytes)
    {
        for (var i = 1; i <= 3 && i <= bytes.Length; i++)
        {
            var b = bytes[^i];
            if ((b & 0xC0) == 0xC0)
            {
                return bytes[..^i];
            }

            if ((b & 0x80) == 0)
            {
                break;
            }
        }

        return bytes;
    }

    private static int FirstInvalid(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (offset < bytes.Length)
        {
            if (System.Buffers.OperationStatus.Done != System.Text.Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed))
            {
                return offset;
            }

            offset += consumed;
        }

        return 0;
    }

    /// <summary>The separator of the first line (outside quotes): the most frequent of <c>,</c>, <c>;</c> and tab, comma on ties.</summary>
    private static char DetectSeparator(string text)
    {
        int comma = 0, semicolon = 0, tab = 0;
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted)
            {
                if (c == '\n')
                {
                    break;
                }

                switch (c)
                {
                    case ',': comma++; break;
                    case ';': semicolon++; break;
                    case '\t': tab++; break;
                }
            }
        }

        return semicolon > comma && semicolon >= tab ? ';' : tab > comma && tab > semicolon ? '\t' : ',';
    }

    /// <summary>A read-only stream returning the buffered prefix (after the BOM) and then the rest of the inner stream.</summary>
    private sealed class ReplayStream(byte[] prefix, int start, int end, Stream inner) : Stream
    {
        private int position = start;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (position < end)
            {
                var n = Math.Min(buffer.Length, end - position);
                prefix.AsSpan(position, n).CopyTo(buffer);
                position += n;
                return n;
            }

            return inner.Read(buffer);
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
