using System.Threading;
using LiveAccess.Core.Categories;
using LiveAccess.Core.Domain;

namespace LiveAccess.Core.Evaluation;

/// <summary>
/// The verdicts an evaluator has worked out, by entity type, category set and scenario: bounded, so
/// that endlessly varied inputs cannot grow memory without end, and safe to read from any thread
/// without a lock (entries are immutable; a writer publishes each entry, or a grown table, whole).
/// A purpose-built table rather than a concurrent dictionary: reading it is the whole cost of a
/// decision once the cache is warm, and it needs no code generated at start-up.
/// </summary>
internal sealed class VerdictCache
{
    private readonly int _capacity;
    private readonly object _writeLock = new();
    private Entry?[] _slots = new Entry?[64];
    private int _count;

    public VerdictCache(int capacity) => _capacity = capacity;

    /// <summary>The cached verdict, or null.</summary>
    public Verdict? Find(EntityType entity, CategorySet categories, int scenario)
    {
        var slots = Volatile.Read(ref _slots);
        var mask = slots.Length - 1;
        for (var i = Hash(entity, categories, scenario) & mask; ; i = (i + 1) & mask)
        {
            var entry = Volatile.Read(ref slots[i]);
            if (entry is null) return null;
            if (entry.Scenario == scenario && entry.Entity == entity && entry.Categories == categories) return entry.Verdict;
        }
    }

    /// <summary>
    /// The verdict to use: the one cached first for the key (another thread may have been quicker),
    /// else <paramref name="verdict"/>, cached while there is room.
    /// </summary>
    public Verdict Add(EntityType entity, CategorySet categories, int scenario, Verdict verdict)
    {
        lock (_writeLock)
        {
            if (Find(entity, categories, scenario) is { } existing) return existing;
            if (_count >= _capacity) return verdict;
            if ((_count + 1) * 2 > _slots.Length) Volatile.Write(ref _slots, Grown(_slots));
            Insert(_slots, new Entry(entity, categories, scenario, verdict));
            _count++;
            return verdict;
        }
    }

    private static Entry?[] Grown(Entry?[] slots)
    {
        var grown = FreshPages.NewSlots<Entry?>(slots.Length * 2);
        foreach (var entry in slots)
            if (entry is not null) Insert(grown, entry);
        return grown;
    }

    private static void Insert(Entry?[] slots, Entry entry)
    {
        var mask = slots.Length - 1;
        var i = Hash(entry.Entity, entry.Categories, entry.Scenario) & mask;
        while (slots[i] is not null) i = (i + 1) & mask;
        Volatile.Write(ref slots[i], entry);
    }

    private static int Hash(EntityType entity, CategorySet categories, int scenario)
    {
        unchecked
        {
            var h = (uint)categories.GetHashCode() * 0x9E3779B1u ^ (uint)scenario * 0x85EBCA77u ^ (uint)entity * 0xC2B2AE3Du;
            return (int)(h ^ (h >> 15)) & int.MaxValue;
        }
    }

    private sealed class Entry
    {
        public Entry(EntityType entity, CategorySet categories, int scenario, Verdict verdict)
        {
            Entity = entity;
            Categories = categories;
            Scenario = scenario;
            Verdict = verdict;
        }

        public EntityType Entity { get; }
        public CategorySet Categories { get; }
        public int Scenario { get; }
        public Verdict Verdict { get; }
    }
}
