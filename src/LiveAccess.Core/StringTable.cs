using System;
using System.Collections.Generic;

namespace LiveAccess.Core;

/// <summary>
/// A table from strings to objects of one type, kept in a <c>Dictionary&lt;string, object&gt;</c>.
/// Each <c>Dictionary&lt;string, T&gt;</c> of a type of ours is a dozen more generic types for the
/// runtime to load when a single answer starts (its entries, interfaces, key-value pairs...);
/// <c>Dictionary&lt;string, object&gt;</c> is loaded by every .NET program already. Used for the
/// rule set's lookups built at start-up; behaves as the dictionary does (same comparer, indexer
/// throws <see cref="KeyNotFoundException"/>, <see cref="Add"/> throws on a duplicate key).
/// </summary>
internal sealed class StringTable<T> where T : class
{
    private readonly Dictionary<string, object?> _map;

    public StringTable(StringComparer comparer, int capacity = 0) => _map = new Dictionary<string, object?>(capacity, comparer);

    public int Count => _map.Count;

    /// <summary>The keys, in the dictionary's order.</summary>
    public IEnumerable<string> Keys => _map.Keys;

    public T? this[string key]
    {
        get => (T?)_map[key];
        set => _map[key] = value;
    }

    public void Add(string key, T? value) => _map.Add(key, value);

    public bool ContainsKey(string key) => _map.ContainsKey(key);

    public bool TryGetValue(string key, out T? value)
    {
        if (_map.TryGetValue(key, out var found))
        {
            value = (T?)found;
            return true;
        }
        value = null;
        return false;
    }
}
