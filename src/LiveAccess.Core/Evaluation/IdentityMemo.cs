using System.Runtime.CompilerServices;

namespace LiveAccess.Core.Evaluation;

/// <summary>
/// A small memo by object identity in front of a cache by value: the fast CSV reader gives one
/// string object for each repeated value, and so does the evaluator for each verdict, so "the same
/// object as last time" answers most lookups without hashing any text. Direct-mapped: a new key
/// simply replaces whatever shared its slot. Thread-safe (entries are immutable and replaced whole;
/// a race only costs a miss).
/// </summary>
internal sealed class IdentityMemo<TKey, TValue> where TKey : class where TValue : class
{
    private readonly Entry?[] _slots;

    /// <param name="slots">A power of two.</param>
    public IdentityMemo(int slots = 1024) => _slots = new Entry?[slots];

    /// <summary>The value remembered for this very object, or null.</summary>
    public TValue? Get(TKey key)
    {
        var entry = _slots[RuntimeHelpers.GetHashCode(key) & (_slots.Length - 1)];
        return entry is not null && ReferenceEquals(entry.Key, key) ? entry.Value : null;
    }

    /// <summary>Remembers a value for this object; returns it.</summary>
    public TValue Set(TKey key, TValue value)
    {
        _slots[RuntimeHelpers.GetHashCode(key) & (_slots.Length - 1)] = new Entry(key, value);
        return value;
    }

    private sealed class Entry
    {
        public Entry(TKey key, TValue value)
        {
            Key = key;
            Value = value;
        }

        public TKey Key { get; }
        public TValue Value { get; }
    }
}
