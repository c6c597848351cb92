using System;
using System.Runtime.InteropServices;
using System.Text;

namespace LiveAccess.Core.Inventory.Csv.Fast;

/// <summary>
/// Turns a field's UTF-8 bytes into a string, giving the same string object for the same short
/// bytes: an inventory writes a handful of entity words, scenarios and category lists a million
/// times, and one string for each spares the decoding, the memory and, further on, the hashing.
/// Bounded: once full it stops learning. Not thread-safe (one per reader).
/// </summary>
internal sealed class FieldStrings
{
    private const int MaxCachedLength = 256;
    private const int Capacity = 8192;
    private static readonly UTF8Encoding Utf8 = new(false, false);
    // Entries inline (hash and length beside the references): one look at the table rejects a miss.
    private readonly Entry[] _slots = new Entry[Capacity * 2];
    private int _count;

    /// <summary>The string of <paramref name="length"/> bytes of <paramref name="buffer"/> from <paramref name="offset"/> (well-formed UTF-8).</summary>
    public string Get(byte[] buffer, int offset, int length)
    {
        if (length == 0) return string.Empty;
        if (length > MaxCachedLength) return Utf8.GetString(buffer, offset, length);
        var hash = Hash(buffer, offset, length);
        var mask = _slots.Length - 1;
        for (var i = hash & mask; ; i = (i + 1) & mask)
        {
            ref var entry = ref _slots[i];
            if (entry.Text is null)
            {
                var text = Utf8.GetString(buffer, offset, length);
                if (_count < Capacity)
                {
                    entry = new Entry(hash, new ReadOnlySpan<byte>(buffer, offset, length).ToArray(), text);
                    _count++;
                }
                return text;
            }
            if (entry.Hash == hash && entry.Bytes.Length == length && new ReadOnlySpan<byte>(buffer, offset, length).SequenceEqual(entry.Bytes))
                return entry.Text;
        }
    }

    /// <summary>A string that is never cached (AppIds: each is written once).</summary>
    public static string Once(byte[] buffer, int offset, int length) =>
        length == 0 ? string.Empty : Utf8.GetString(buffer, offset, length);

    // The length and three eight-byte words (start, middle, end): cheap, and apart enough for the
    // values an inventory repeats; equal bytes are checked anyway.
    private static int Hash(byte[] buffer, int offset, int length)
    {
        unchecked
        {
            ulong h;
            if (length >= 8)
            {
                h = Word(buffer, offset) * 0x9E3779B97F4A7C15UL;
                h = (h ^ Word(buffer, offset + (length - 8) / 2)) * 0xC2B2AE3D27D4EB4FUL;
                h = (h ^ Word(buffer, offset + length - 8)) * 0x165667B19E3779F9UL;
            }
            else
            {
                h = 0;
                for (var i = 0; i < length; i++) h = (h << 8) | buffer[offset + i];
                h *= 0x9E3779B97F4A7C15UL;
            }
            h ^= (ulong)length * 0x27D4EB2F165667C5UL;
            h ^= h >> 31;
            return (int)(h ^ (h >> 29)) & int.MaxValue;
        }
    }

    private static ulong Word(byte[] buffer, int offset) =>
        MemoryMarshal.Read<ulong>(new ReadOnlySpan<byte>(buffer, offset, 8));

    private readonly struct Entry
    {
        public Entry(int hash, byte[] bytes, string text)
        {
            Hash = hash;
            Bytes = bytes;
            Text = text;
        }

        public int Hash { get; }
        public byte[] Bytes { get; }
        public string Text { get; }
    }
}
