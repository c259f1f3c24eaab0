using System.Buffers.Binary;
using System.Text;

namespace Inclusion.Sdk.Utility;

/// <summary>
/// Reads what <see cref="BinaryBuffer"/> wrote. Reading past the end, or a count larger than what is left, throws
/// <see cref="FormatException"/>: a truncated or forged buffer never makes a reader allocate more than it holds.
/// </summary>
internal ref struct BinaryCursor(ReadOnlySpan<byte> bytes)
{
    private readonly ReadOnlySpan<byte> bytes = bytes;
    private int position;

    internal readonly int Remaining => bytes.Length - position;

    internal byte Byte() => Take(1)[0];

    internal bool Bool() => Byte() switch
    {
        0 => false,
        1 => true,
        _ => throw new FormatException("A boolean is neither 0 nor 1."),
    };

    internal int Int() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

    internal long Long() => BinaryPrimitives.ReadInt64LittleEndian(Take(8));

    internal decimal Decimal()
    {
        Span<int> parts = [Int(), Int(), Int(), Int()];
        try
        {
            return new decimal(parts);
        }
        catch (ArgumentException e)
        {
            throw new FormatException("An invalid decimal.", e);
        }
    }

    internal string String() => Encoding.UTF8.GetString(Take(Count(1)));

    /// <summary>Reads a count of items of <paramref name="itemSize"/> bytes each, checked against what is left.</summary>
    internal int Count(int itemSize)
    {
        var count = Int();
        return count >= 0 && (long)count * itemSize <= Remaining ? count : throw new FormatException("A count exceeds the data left.");
    }

    internal ReadOnlySpan<byte> Take(int count)
    {
        if (count < 0 || count > Remaining)
        {
            throw new FormatException("The data ends early.");
        }

        var span = bytes.Slice(position, count);
        position += count;
        return span;
    }
}
