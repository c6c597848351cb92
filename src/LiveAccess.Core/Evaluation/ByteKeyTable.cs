using System;
using System.Runtime.InteropServices;

namespace LiveAccess.Core.Evaluation;

/// <summary>
/// Answers kept by the bytes of the text they answer (a field as written), found without making a
/// string of it. Open addressing, the hash and the key inline; bounded: once full it stops
/// learning and <see cref="TryAdd"/> says so. Not thread-safe.
/// </summary>
internal sealed class ByteKeyTable<T> where T : class
{
    private readonly int _capacity;
    private Entry[] _slots = new Entry[64];
    private int _count;

    /// <summary>A table for at most <paramref name="capacity"/> keys; it starts small and grows as it learns.</summary>
    public ByteKeyTable(int capacity) => _capacity = capacity;

    /// <summary>The answer kept for these bytes, or null.</summary>
    public T? Find(ReadOnlySpan<byte> key)
    {
        var hash = Hash(key);
        var mask = _slots.Length - 1;
        for (var i = hash & mask; ; i = (i + 1) & mask)
        {
            ref var entry = ref _slots[i];
            if (entry.Value is null) return null;
            if (entry.Hash == hash && key.SequenceEqual(entry.Key)) return entry.Value;
        }
    }

    /// <summary>Keeps an answer for bytes not kept yet; false when the table is full (the answer is then not kept).</summary>
    public bool TryAdd(ReadOnlySpan<byte> key, T value)
    {
        if (_count >= _capacity) return false;
        if ((_count + 1) * 2 > _slots.Length) Grow();
        Place(_slots, new Entry(Hash(key), key.ToArray(), value));
        _count++;
        return true;
    }

    private void Grow()
    {
        var grown = new Entry[_slots.Length * 2];
        foreach (var entry in _slots)
            if (entry.Value is not null) Place(grown, entry);
        _slots = grown;
    }

    private static void Place(Entry[] slots, Entry entry)
    {
        var mask = slots.Length - 1;
        var i = entry.Hash & mask;
        while (slots[i].Value is not null) i = (i + 1) & mask;
        slots[i] = entry;
    }

    // Every byte counts (keys differ anywhere: category lists share long prefixes); eight at a time.
    private static int Hash(ReadOnlySpan<byte> key)
    {
        unchecked
        {
            var h = (ulong)key.Length * 0x9E3779B97F4A7C15UL;
            var words = MemoryMarshal.Cast<byte, ulong>(key);
            foreach (var word in words) h = (h ^ word) * 0xC2B2AE3D27D4EB4FUL + 0x165667B19E3779F9UL;
            ulong tail = 0;
            for (var i = words.Length * 8; i < key.Length; i++) tail = (tail << 8) | key[i];
            h = (h ^ tail) * 0xC2B2AE3D27D4EB4FUL;
            h ^= h >> 29;
            h *= 0x94D049BB133111EBUL;
            return (int)(h >> 33);
        }
    }

    private readonly struct Entry
    {
        public Entry(int hash, byte[] key, T value)
        {
            Hash = hash;
            Key = key;
            Value = value;
        }

        public int Hash { get; }
        public byte[] Key { get; }
        public T? Value { get; }
    }
}
