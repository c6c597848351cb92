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
    private readonly Entry?[] _slots = new Entry?[Capacity * 2];
    private int _count;

    /// <summary>The string of <paramref name="length"/> bytes of <paramref name="buffer"/> from <paramref name="offset"/> (well-formed UTF-8).</summary>
    public string Get(byte[] buffer, int offset, int length)
    {
        if (length == 0) return string.Empty;
        if (length > MaxCachedLength) return Utf8.GetString(buffer, offset, length);
        var bytes = new ReadOnlySpan<byte>(buffer, offset, length);
        var hash = Hash(bytes);
        var mask = _slots.Length - 1;
        for (var i = hash & mask; ; i = (i + 1) & mask)
        {
            var entry = _slots[i];
            if (entry is null)
            {
                var text = Utf8.GetString(buffer, offset, length);
                if (_count < Capacity)
                {
                    _slots[i] = new Entry(hash, bytes.ToArray(), text);
                    _count++;
                }
                return text;
            }
            if (entry.Hash == hash && bytes.SequenceEqual(entry.Bytes)) return entry.Text;
        }
    }

    /// <summary>A string that is never cached (AppIds: each is written once).</summary>
    public static string Once(byte[] buffer, int offset, int length) =>
        length == 0 ? string.Empty : Utf8.GetString(buffer, offset, length);

    private static int Hash(ReadOnlySpan<byte> bytes)
    {
        unchecked
        {
            var h = (ulong)bytes.Length * 0x9E3779B97F4A7C15UL;
            var words = MemoryMarshal.Cast<byte, ulong>(bytes);
            foreach (var w in words) h = (h ^ w) * 0xC2B2AE3D27D4EB4FUL;
            for (var i = words.Length * 8; i < bytes.Length; i++) h = (h ^ bytes[i]) * 0x165667B19E3779F9UL;
            h ^= h >> 29;
            return (int)(h ^ (h >> 32)) & int.MaxValue;
        }
    }

    private sealed class Entry
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
