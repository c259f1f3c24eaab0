using System.Text;
using Inclusion.Sdk.Files;
using Inclusion.Sdk.Reporting;

namespace Inclusion.Sdk.Tests;

/// <summary>Test helpers: text as UTF-8 bytes, a source name as read options, a load result merged into a report.</summary>
internal static class TextStreams
{
    internal static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));

    internal static ReadOptions Source(string? source) => new() { Source = source };

    /// <summary>Adds the result's issues to <paramref name="report"/> and returns its value (null when none).</summary>
    internal static T Into<T>(this LoadResult<T> result, ValidationReportBuilder report)
    {
        report.AddReport(result.Report);
        return result.Value!;
    }
}

/// <summary>A read-only stream that cannot seek, as a pipe.</summary>
internal sealed class PipeStream(byte[] bytes) : Stream
{
    private readonly MemoryStream inner = new(bytes);

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, Math.Min(count, 7));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
