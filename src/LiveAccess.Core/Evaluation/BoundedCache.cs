using System;
using System.Threading;

namespace LiveAccess.Core.Evaluation;

/// <summary>
/// Answers worked out once per distinct raw text (an entity word, a scenario, a category list):
/// inventories repeat a few spellings millions of times. Bounded: once full it stops learning, so
/// endlessly varied input costs what it cost without the cache and never more memory. Thread-safe,
/// and reading takes no lock (entries are immutable; a writer publishes each entry, or a grown
/// table, whole), because a lookup happens several times for every row.
/// </summary>
internal sealed class BoundedCache<TValue> where TValue : class
{
    private readonly int _capacity;
    private readonly object _writeLock = new();
    private Entry?[] _slots = new Entry?[64];
    private int _count;

    public BoundedCache(int capacity) => _capacity = capacity;

    /// <summary>The answer for <paramref name="key"/>, worked out by <paramref name="compute"/> when it is not known yet.</summary>
    public TValue Get(string key, Func<string, TValue> compute) => Get(key, 0, key.Length, compute);

    /// <summary>
    /// The answer for the part of <paramref name="text"/> from <paramref name="start"/>, of
    /// <paramref name="length"/> characters (no substring is made unless it is not known yet).
    /// </summary>
    public TValue Get(string text, int start, int length, Func<string, TValue> compute)
    {
        var hash = Hash(text, start, length);
        if (Find(Volatile.Read(ref _slots), text, start, length, hash) is { } known) return known;
        var key = start == 0 && length == text.Length ? text : text.Substring(start, length);
        return Add(key, hash, compute(key));
    }

    private static TValue? Find(Entry?[] slots, string text, int start, int length, int hash)
    {
        var mask = slots.Length - 1;
        for (var i = hash & mask; ; i = (i + 1) & mask)
        {
            var entry = Volatile.Read(ref slots[i]);
            if (entry is null) return null;
            if (entry.Hash == hash && entry.Key.Length == length && string.CompareOrdinal(entry.Key, 0, text, start, length) == 0)
                return entry.Value;
        }
    }

    private TValue Add(string key, int hash, TValue value)
    {
        lock (_writeLock)
        {
            if (Find(_slots, key, 0, key.Length, hash) is { } known) return known;
            if (_count >= _capacity) return value;
            if ((_count + 1) * 2 > _slots.Length) Volatile.Write(ref _slots, Grown(_slots));
            Insert(_slots, new Entry(key, hash, value));
            _count++;
            return value;
        }
    }

    private static Entry?[] Grown(Entry?[] slots)
    {
        var grown = new Entry?[slots.Length * 2];
        foreach (var entry in slots)
            if (entry is not null) Insert(grown, entry);
        return grown;
    }

    private static void Insert(Entry?[] slots, Entry entry)
    {
        var mask = slots.Length - 1;
        var i = entry.Hash & mask;
        while (slots[i] is not null) i = (i + 1) & mask;
        Volatile.Write(ref slots[i], entry);
    }

    private static int Hash(string text, int start, int length)
    {
        unchecked
        {
            var h = (uint)length * 0x9E3779B1u;
            for (var i = start; i < start + length; i++) h = (h ^ text[i]) * 0x01000193u;
            return (int)(h ^ (h >> 15)) & int.MaxValue;
        }
    }

    private sealed class Entry
    {
        public Entry(string key, int hash, TValue value)
        {
            Key = key;
            Hash = hash;
            Value = value;
        }

        public string Key { get; }
        public int Hash { get; }
        public TValue Value { get; }
    }
}
