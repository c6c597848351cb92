using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace LiveAccess.Core.Evaluation;

/// <summary>
/// Answers kept by the bytes of the text they answer (a field as written), found without making a
/// string of it. Open addressing, with the hash and a key's first and last eight bytes inline: a
/// key of up to 16 bytes (an entity word, a scenario, a short category list) is compared without
/// looking anywhere else. Longer keys are copied one after another into a few blocks rather than
/// an array each, so that tens of thousands of keys are a handful of objects for the collector to
/// move, not tens of thousands. A value may be a struct (an index into the caller's own store).
/// Bounded: once full it stops learning and <see cref="TryAdd"/> says so. Not thread-safe.
/// </summary>
internal sealed class ByteKeyTable<T>
{
    private const int InlineBytes = 16;
    // Longer keys are not kept: the table's memory stays bounded by its capacity (a field that long
    // is not one an inventory repeats).
    private const int MaxKeyBytes = 1024;
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
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryFind(ReadOnlySpan<byte> key, out T value)
    {
        var (head, tail) = Ends(key);
        return Find(key, Hash(key, head, tail), head, tail, out value);
    }

    /// <summary>
    /// The hash of a key, for <see cref="TryFind(ReadOnlySpan{byte}, int, out T)"/>; the slot it
    /// starts from is asked of memory now (<see cref="CacheHint"/>), so that a caller with other work
    /// to do first does not wait for it later (a large table's slots are rarely all in the
    /// processor's caches).
    /// </summary>
    public int Prepare(ReadOnlySpan<byte> key)
    {
        var (head, tail) = Ends(key);
        var hash = Hash(key, head, tail);
        CacheHint.Fetch(ref _slots[hash & (_slots.Length - 1)]);
        return hash;
    }

    /// <summary>As <see cref="TryFind(ReadOnlySpan{byte}, out T)"/>, with the key's hash from <see cref="Prepare"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryFind(ReadOnlySpan<byte> key, int hash, out T value)
    {
        var (head, tail) = Ends(key);
        return Find(key, hash, head, tail, out value);
    }

    private bool Find(ReadOnlySpan<byte> key, int hash, ulong head, ulong tail, out T value)
    {
        var slots = _slots;
        var mask = slots.Length - 1;
        for (var i = hash & mask; ; i = (i + 1) & mask)
        {
            ref var entry = ref slots[i];
            if (entry.LengthPlusOne == 0) break;
            if (entry.Hash == hash && entry.LengthPlusOne == key.Length + 1 && entry.Head == head && entry.Tail == tail
                && (key.Length <= InlineBytes || Middle(key).SequenceEqual(new ReadOnlySpan<byte>(_blocks[(int)((uint)entry.Where >> 16)], entry.Where & 0xFFFF, key.Length - InlineBytes))))
            {
                value = entry.Value;
                return true;
            }
        }
        value = default!;
        return false;
    }

    /// <summary>Keeps an answer for bytes not kept yet; false when the table is full or the key longer than 1 KB (the answer is then not kept).</summary>
    public bool TryAdd(ReadOnlySpan<byte> key, T value)
    {
        if (_count >= _capacity || key.Length > MaxKeyBytes) return false;
        if ((_count + 1) * 2 > _slots.Length) Grow();
        var (head, tail) = Ends(key);
        var where = key.Length <= InlineBytes ? 0 : Store(Middle(key));
        Place(_slots, new Entry(Hash(key, head, tail), where, key.Length + 1, head, tail, value));
        _count++;
        return true;
    }

    // A key's first and last eight bytes (overlapping when it is shorter than 16; zero-padded when
    // shorter than 8): with its length, the whole of a key of up to 16 bytes.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (ulong Head, ulong Tail) Ends(ReadOnlySpan<byte> key)
    {
        if (key.Length >= 8) return (MemoryMarshal.Read<ulong>(key), MemoryMarshal.Read<ulong>(key.Slice(key.Length - 8)));
        ulong head = 0;
        for (var i = key.Length - 1; i >= 0; i--) head = (head << 8) | key[i];
        return (head, 0);
    }

    // What the inline bytes leave out of a longer key: kept in a block.
    private static ReadOnlySpan<byte> Middle(ReadOnlySpan<byte> key) => key.Slice(8, key.Length - InlineBytes);

    // The rest of a longer key goes at the end of the last block, or starts a new one: the first
    // small, each next one twice the last up to 64 KB. Where it went: the block's number in the
    // high half, the offset in the low half (keys are at most 1 KB, so there are at most a few
    // thousand blocks).
    private int Store(ReadOnlySpan<byte> bytes)
    {
        if (_blocks.Count == 0 || bytes.Length > _blocks[_blocks.Count - 1].Length - _blockUsed)
        {
            _blocks.Add(new byte[_blocks.Count == 0 ? FirstBlockBytes : Math.Min(BlockBytes, _blocks[_blocks.Count - 1].Length * 2)]);
            _blockUsed = 0;
        }
        var block = _blocks.Count - 1;
        var offset = _blockUsed;
        bytes.CopyTo(new Span<byte>(_blocks[block], offset, bytes.Length));
        _blockUsed += bytes.Length;
        return (block << 16) | offset;
    }

    private void Grow()
    {
        var grown = FreshPages.NewSlots<Entry>(_slots.Length * 2);
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

    // Every byte counts (keys differ anywhere: category lists share long prefixes): the first and
    // last eight, then the ones between eight at a time (the last word of them overlapping the one
    // before when the length is not a multiple of eight).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(ReadOnlySpan<byte> key, ulong head, ulong tail)
    {
        unchecked
        {
            var h = ((ulong)key.Length * 0x9E3779B97F4A7C15UL ^ head) * 0xC2B2AE3D27D4EB4FUL;
            h = (h ^ tail) * 0xC2B2AE3D27D4EB4FUL + 0x165667B19E3779F9UL;
            for (var i = 8; i < key.Length - 8; i += 8)
            {
                var word = MemoryMarshal.Read<ulong>(key.Slice(Math.Min(i, key.Length - 16)));
                h = (h ^ word) * 0xC2B2AE3D27D4EB4FUL + 0x165667B19E3779F9UL;
            }
            h ^= h >> 29;
            h *= 0x94D049BB133111EBUL;
            return (int)(h >> 33);
        }
    }

    /// <summary>
    /// A kept key: its hash, its length plus one (0 marks a free slot; a key may be empty), its first
    /// and last eight bytes, where the rest of a longer key is (<see cref="Store"/>), and its answer.
    /// </summary>
    private readonly struct Entry
    {
        public Entry(int hash, int where, int lengthPlusOne, ulong head, ulong tail, T value)
        {
            Head = head;
            Tail = tail;
            Hash = hash;
            Where = where;
            LengthPlusOne = lengthPlusOne;
            Value = value;
        }

        // In this order, an entry with an int answer takes 32 bytes, without padding.
        public ulong Head { get; }
        public ulong Tail { get; }
        public int Hash { get; }
        public int Where { get; }
        public int LengthPlusOne { get; }
        public T Value { get; }
    }
}
