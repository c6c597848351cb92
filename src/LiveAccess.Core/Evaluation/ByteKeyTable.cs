using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;

namespace LiveAccess.Core.Evaluation;

/// <summary>
/// Answers kept by the bytes of the text they answer (a field as written), found without making a
/// string of it. Open addressing, the hash inline; the keys are copied one after another into a few
/// blocks rather than an array each, so that tens of thousands of keys are a handful of
/// objects for the collector to move, not tens of thousands. A value may be a struct (an index
/// into the caller's own store). Bounded: once full it stops learning and <see cref="TryAdd"/>
/// says so. Not thread-safe.
/// </summary>
internal sealed class ByteKeyTable<T>
{
    private const int FirstBlockBytes = 1024;
    private const int BlockBytes = 64 * 1024;
    private readonly int _capacity;
    private readonly List<byte[]> _blocks = new();
    private Entry[] _slots = new Entry[64];
    private int _count;
    private int _blockUsed;

    /// <summary>A table for at most <paramref name="capacity"/> keys; it starts small and grows as it learns.</summary>
    public ByteKeyTable(int capacity) => _capacity = capacity;

    /// <summary>Whether these bytes are kept; <paramref name="value"/> is their answer.</summary>
    public bool TryFind(ReadOnlySpan<byte> key, out T value)
    {
        var hash = Hash(key);
        var slots = _slots;
        var mask = slots.Length - 1;
        for (var i = hash & mask; ; i = (i + 1) & mask)
        {
            ref var entry = ref slots[i];
            if (entry.LengthPlusOne == 0) break;
            if (entry.Hash == hash && entry.LengthPlusOne == key.Length + 1
                && key.SequenceEqual(new ReadOnlySpan<byte>(_blocks[entry.Block], entry.Offset, key.Length)))
            {
                value = entry.Value;
                return true;
            }
        }
        value = default!;
        return false;
    }

    /// <summary>Keeps an answer for bytes not kept yet; false when the table is full (the answer is then not kept).</summary>
    public bool TryAdd(ReadOnlySpan<byte> key, T value)
    {
        if (_count >= _capacity) return false;
        if ((_count + 1) * 2 > _slots.Length) Grow();
        var (block, offset) = Store(key);
        Place(_slots, new Entry(Hash(key), block, offset, key.Length + 1, value));
        _count++;
        return true;
    }

    // A key goes at the end of the last block, or starts a new one: the first small, each next one
    // twice the last up to 64 KB, a key longer than that in one of its own.
    private (int Block, int Offset) Store(ReadOnlySpan<byte> key)
    {
        if (_blocks.Count == 0 || key.Length > _blocks[_blocks.Count - 1].Length - _blockUsed)
        {
            var size = _blocks.Count == 0 ? FirstBlockBytes : Math.Min(BlockBytes, _blocks[_blocks.Count - 1].Length * 2);
            _blocks.Add(new byte[Math.Max(size, key.Length)]);
            _blockUsed = 0;
        }
        var block = _blocks.Count - 1;
        var offset = _blockUsed;
        key.CopyTo(new Span<byte>(_blocks[block], offset, key.Length));
        _blockUsed += key.Length;
        return (block, offset);
    }

    private void Grow()
    {
        var grown = new Entry[_slots.Length * 2];
        foreach (var entry in _slots)
            if (entry.LengthPlusOne != 0) Place(grown, entry);
        _slots = grown;
    }

    private static void Place(Entry[] slots, Entry entry)
    {
        var mask = slots.Length - 1;
        var i = entry.Hash & mask;
        while (slots[i].LengthPlusOne != 0) i = (i + 1) & mask;
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

    /// <summary>A kept key: where its bytes are, its length plus one (0 marks a free slot; a key may be empty), its answer.</summary>
    private readonly struct Entry
    {
        public Entry(int hash, int block, int offset, int lengthPlusOne, T value)
        {
            Hash = hash;
            Block = block;
            Offset = offset;
            LengthPlusOne = lengthPlusOne;
            Value = value;
        }

        public int Hash { get; }
        public int Block { get; }
        public int Offset { get; }
        public int LengthPlusOne { get; }
        public T Value { get; }
    }
}
