using System.Text;

namespace Inclusion.Sdk.Files;

/// <summary>Forwards to another writer with CRLF line ends (RFC 4180), whatever the platform; never closes it.</summary>
internal sealed class CrlfTextWriter : TextWriter
{
    private readonly TextWriter inner;

    internal CrlfTextWriter(TextWriter inner)
        : base(inner.FormatProvider)
    {
        this.inner = inner;
        NewLine = "\r\n";
    }

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value) => inner.Write(value);

    public override void Write(char[] buffer, int index, int count) => inner.Write(buffer, index, count);

    public override void Write(ReadOnlySpan<char> buffer) => inner.Write(buffer);

    public override void Write(string? value) => inner.Write(value);

    public override void Flush() => inner.Flush();
}
