using System.Buffers.Binary;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Inclusion.Sdk.Places;

/// <summary>
/// The ids of a file seen so far, to find a repeated one and the row where it first appeared, in about 7 bytes of memory
/// per distinct id: a table of 6-byte slots (a 16-bit tag of the id's hash and the offset of the id in a log) kept at
/// most 85 % full, and the log itself (each id's row and UTF-16 text) in a temporary file that the operating system
/// deletes when it is closed. A tag match is confirmed by comparing the text read back from the log, so a duplicate is
/// never reported for two different ids; the log is read on a match only (a real repeat, or about one slot in 65,536
/// whose tag matches by chance).
/// </summary>
/// <remarks>
/// <para>The table is sized from the expected number of rows when the input's length is known (<c>expectedIds</c>) and
/// grows by half when it fills up (reading from standard input: it starts small and grows), its slots placed again from
/// the hashes of the ids read back from the log. When no temporary file can be created (a read-only disk), the log stays
/// in memory (about 2 bytes per character of every id more).</para>
/// <para>The log holds 4 GiB at most (some 150 million ids of 12 characters); later ids are no longer remembered and
/// <see cref="Full"/> says so, for the caller to report.</para>
/// <para>Not thread-safe: one register per validation. Dispose it to close and delete the log.</para>
/// </remarks>
internal sealed class PlaceIdRegister : IDisposable
{
    private const double MaxLoad = 0.85;
    private const int MinimumCapacity = 1024;
    private const int BufferSize = 64 * 1024;

    private readonly Func<string, ulong>? hashForTests;
    private ushort[] tags;
    private uint[] offsets;
    private int count;
    private SafeFileHandle? file;
    private bool fileTried;
    private byte[] pending = new byte[BufferSize];
    private int pendingLength;
    private long flushed;

    /// <summary>Creates a register sized for <paramref name="expectedIds"/> ids (0 when unknown).</summary>
    internal PlaceIdRegister(long expectedIds = 0)
    {
        var capacity = CapacityFor(Math.Max(expectedIds, MinimumCapacity * MaxLoad));
        tags = new ushort[capacity];
        offsets = new uint[capacity];
    }

    /// <summary>A register whose hashes come from <paramref name="hash"/> (tests: a constant makes every id collide, so
    /// that every answer rests on the confirmation from the log).</summary>
    internal PlaceIdRegister(long expectedIds, Func<string, ulong> hash)
        : this(expectedIds) => hashForTests = hash;

    /// <summary>The number of distinct ids remembered.</summary>
    internal int Count => count;

    /// <summary>Whether the log reached its limit: ids met after that were not remembered.</summary>
    internal bool Full { get; private set; }

    /// <summary>The bytes of memory the table takes (the log is on disk unless no temporary file could be created).</summary>
    internal long TableBytes => (long)tags.Length * (sizeof(ushort) + sizeof(uint));

    /// <summary>
    /// Remembers <paramref name="id"/> as seen at <paramref name="row"/>, or returns the row where it was seen first.
    /// </summary>
    /// <returns>The row of the first occurrence when <paramref name="id"/> was seen before, else <see langword="null"/>.</returns>
    internal long? FirstRowOf(ReadOnlySpan<char> id, long row)
    {
        var hash = Hash(id);
        var tag = Tag(hash);
        var index = Home(hash, tags.Length);
        while (tags[index] != 0)
        {
            if (tags[index] == tag && Matches(id, offsets[index] - 1L, out var first))
            {
                return first;
            }

            index = index + 1 == tags.Length ? 0 : index + 1;
        }

        if (Full)
        {
            return null;
        }

        var offset = Append(id, row);
        if (offset < 0)
        {
            Full = true;
            return null;
        }

        tags[index] = tag;
        offsets[index] = (uint)(offset + 1);
        if (++count > tags.Length * MaxLoad)
        {
            Grow();
        }

        return null;
    }

    /// <summary>Closes and deletes the log.</summary>
    public void Dispose()
    {
        file?.Dispose();
        file = null;
    }

    private static int CapacityFor(double ids) => (int)Math.Min(Array.MaxLength, Math.Max(MinimumCapacity, Math.Ceiling(ids / MaxLoad)));

    /// <summary>The slot an id's search starts at: the low half of its hash scaled to the table (any size, no power of two).</summary>
    private static int Home(ulong hash, int capacity) => (int)(((hash & 0xFFFF_FFFFUL) * (ulong)capacity) >> 32);

    /// <summary>The tag kept in the slot: the top 16 bits of the hash (0 marks an empty slot, so it becomes 1).</summary>
    private static ushort Tag(ulong hash) => (ushort)Math.Max(1UL, hash >> 48);

    private ulong Hash(ReadOnlySpan<char> id) => hashForTests is null ? Mix(id) : hashForTests(id.ToString());

    /// <summary>FNV-1a over the UTF-16 code units, mixed (MurmurHash3's finaliser) so that every bit depends on every character.</summary>
    private static ulong Mix(ReadOnlySpan<char> id)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in id)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        hash ^= hash >> 33;
        hash *= 0xff51afd7ed558ccdUL;
        hash ^= hash >> 33;
        hash *= 0xc4ceb9fe1a85ec53UL;
        hash ^= hash >> 33;
        return hash;
    }

    /// <summary>A table half as large again, its slots placed from the hashes of the ids read back from the log, in order.</summary>
    private void Grow()
    {
        var capacity = CapacityFor(tags.Length * 1.5 * MaxLoad);
        var newTags = new ushort[capacity];
        var newOffsets = new uint[capacity];
        var offset = 0L;
        var end = flushed + pendingLength;
        Span<byte> head = stackalloc byte[12];
        while (offset < end)
        {
            Read(offset, head);
            var length = BinaryPrimitives.ReadInt32LittleEndian(head[8..]);
            var text = new char[length];
            Read(offset + 12, MemoryMarshal.AsBytes(text.AsSpan()));
            var hash = Hash(text);
            var index = Home(hash, capacity);
            while (newTags[index] != 0)
            {
                index = index + 1 == capacity ? 0 : index + 1;
            }

            newTags[index] = Tag(hash);
            newOffsets[index] = (uint)(offset + 1);
            offset += 12 + (length * 2L);
        }

        tags = newTags;
        offsets = newOffsets;
    }

    /// <summary>Appends a record (row: 8 bytes, length in characters: 4 bytes, the UTF-16 text) and returns its offset,
    /// or -1 when the log is full.</summary>
    private long Append(ReadOnlySpan<char> id, long row)
    {
        var text = MemoryMarshal.AsBytes(id);
        var size = 12 + text.Length;
        var offset = flushed + pendingLength;
        if (offset + size >= uint.MaxValue)
        {
            return -1;
        }

        if (pendingLength + size > pending.Length)
        {
            Flush(size);
        }

        var record = pending.AsSpan(pendingLength, size);
        BinaryPrimitives.WriteInt64LittleEndian(record, row);
        BinaryPrimitives.WriteInt32LittleEndian(record[8..], id.Length);
        text.CopyTo(record[12..]);
        pendingLength += size;
        return offset;
    }

    /// <summary>Makes room for a record of <paramref name="size"/> bytes: writes the buffer to the log file, or, without a
    /// file, grows the buffer (the log then stays in memory).</summary>
    private void Flush(int size)
    {
        if (!fileTried)
        {
            fileTried = true;
            try
            {
                var path = Path.Combine(Path.GetTempPath(), "inclusion-ids-" + Guid.NewGuid().ToString("N") + ".tmp");
                file = File.OpenHandle(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, FileOptions.DeleteOnClose);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
            {
                file = null;
            }
        }

        if (file is not null)
        {
            RandomAccess.Write(file, pending.AsSpan(0, pendingLength), flushed);
            flushed += pendingLength;
            pendingLength = 0;
            if (size <= pending.Length)
            {
                return;
            }
        }

        Array.Resize(ref pending, (int)Math.Min(Array.MaxLength, Math.Max(pending.Length * 2L, pendingLength + (long)size)));
    }

    /// <summary>Whether the record at <paramref name="offset"/> holds <paramref name="id"/>; its row when it does.</summary>
    private bool Matches(ReadOnlySpan<char> id, long offset, out long row)
    {
        row = 0;
        Span<byte> head = stackalloc byte[12];
        Read(offset, head);
        if (BinaryPrimitives.ReadInt32LittleEndian(head[8..]) != id.Length)
        {
            return false;
        }

        var expected = MemoryMarshal.AsBytes(id);
        var stored = expected.Length <= 1024 ? stackalloc byte[expected.Length] : new byte[expected.Length];
        Read(offset + 12, stored);
        if (!stored.SequenceEqual(expected))
        {
            return false;
        }

        row = BinaryPrimitives.ReadInt64LittleEndian(head);
        return true;
    }

    /// <summary>Reads log bytes, from the file for what was written there and from the buffer for the rest.</summary>
    private void Read(long offset, Span<byte> target)
    {
        if (offset < flushed)
        {
            var fromFile = (int)Math.Min(target.Length, flushed - offset);
            var read = 0;
            while (read < fromFile)
            {
                var n = RandomAccess.Read(file!, target[read..fromFile], offset + read);
                if (n <= 0)
                {
                    throw new IOException("The temporary id log ended early.");
                }

                read += n;
            }

            target = target[fromFile..];
            offset += fromFile;
            if (target.IsEmpty)
            {
                return;
            }
        }

        pending.AsSpan((int)(offset - flushed), target.Length).CopyTo(target);
    }
}
