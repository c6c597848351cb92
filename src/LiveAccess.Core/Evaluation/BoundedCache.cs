using System;
using System.Collections.Generic;

namespace LiveAccess.Core.Evaluation;

/// <summary>
/// Answers worked out once per distinct raw text (an entity word, a scenario, a category list):
/// inventories repeat a few spellings millions of times. Bounded: once full it stops learning, so
/// endlessly varied input costs what it cost without the cache and never more memory. Thread-safe.
/// </summary>
internal sealed class BoundedCache<TValue> where TValue : class
{
    private readonly Dictionary<string, TValue> _values = new(StringComparer.Ordinal);
    private readonly int _capacity;

    public BoundedCache(int capacity) => _capacity = capacity;

    /// <summary>The answer for <paramref name="key"/>, worked out by <paramref name="compute"/> when it is not known yet.</summary>
    public TValue Get(string key, Func<string, TValue> compute)
    {
        lock (_values)
        {
            if (_values.TryGetValue(key, out var known)) return known;
        }
        var value = compute(key);
        lock (_values)
        {
            if (_values.Count < _capacity) _values[key] = value;
        }
        return value;
    }
}
