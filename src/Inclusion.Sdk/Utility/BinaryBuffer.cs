using System.Buffers.Binary;
using System.Text;

namespace Inclusion.Sdk.Utility;

/// <summary>A growable little-endian byte buffer for compact binary formats (voucher snapshots); no I/O.</summary>
internal sealed class BinaryBuffer
{
    private byte[] bytes;
    private int length;

    internal BinaryBuffer(int capacity = 1024) => bytes = new byte[Math.Max(16, capacity)];

    internal int Length => length;

    internal ReadOnlySpan<byte> Written => bytes.AsSpan(0, length);

    internal byte[] ToArray() => bytes.AsSpan(0, length).ToArray();

    internal void Byte(byte value) => Reserve(1)[0] = value;

    internal void Bool(bool value) => Byte(value ? (byte)1 : (byte)0);

    internal void Int(int value) => BinaryPrimitives.WriteInt32LittleEndian(Reserve(4), value);

    internal void Long(long value) => BinaryPrimitives.WriteInt64LittleEndian(Reserve(8), value);

    internal void Decimal(decimal value)
    {
        Span<int> parts = stackalloc int[4];
        decimal.GetBits(value, parts);
        foreach (var part in parts)
        {
            Int(part);
        }
    }

    internal void String(string value)
    {
        var count = Encoding.UTF8.GetByteCount(value);
        Int(count);
        Encoding.UTF8.GetBytes(value, Reserve(count));
    }

    internal void Bytes(ReadOnlySpan<byte> value) => value.CopyTo(Reserve(value.Length));

    private Span<byte> Reserve(int count)
    {
        if (length + count > bytes.Length)
        {
            Array.Resize(ref bytes, (int)Math.Min(Array.MaxLength, Math.Max(length + (long)count, bytes.Length * 2L)));
        }

        var span = bytes.AsSpan(length, count);
        length += count;
        return span;
    }
}
