using System;
using System.Collections.Generic;

namespace LiveAccess.Core.Categories;

/// <summary>
/// A set of catalogue categories as a 256-bit mask over their catalogue indices: cheap to test,
/// to combine and to use as a cache key, so evaluation allocates nothing per program.
/// </summary>
public readonly struct CategorySet : IEquatable<CategorySet>
{
    /// <summary>The largest number of categories one catalogue can hold.</summary>
    public const int Capacity = 256;

    private readonly ulong _a, _b, _c, _d;

    private CategorySet(ulong a, ulong b, ulong c, ulong d) { _a = a; _b = b; _c = c; _d = d; }

    /// <summary>The empty set.</summary>
    public static CategorySet Empty => default;

    /// <summary>A set of one category index.</summary>
    public static CategorySet Of(int index)
    {
        if ((uint)index >= Capacity) throw new ArgumentOutOfRangeException(nameof(index));
        var bit = 1UL << (index & 63);
        return (index >> 6) switch
        {
            0 => new CategorySet(bit, 0, 0, 0),
            1 => new CategorySet(0, bit, 0, 0),
            2 => new CategorySet(0, 0, bit, 0),
            _ => new CategorySet(0, 0, 0, bit),
        };
    }

    /// <summary>This set with one more index.</summary>
    public CategorySet With(int index) => this | Of(index);

    /// <summary>True when the set holds no category.</summary>
    public bool IsEmpty => (_a | _b | _c | _d) == 0;

    /// <summary>True when the two sets share a category.</summary>
    public bool Overlaps(CategorySet other) =>
        ((_a & other._a) | (_b & other._b) | (_c & other._c) | (_d & other._d)) != 0;

    /// <summary>True when the set holds the index.</summary>
    public bool Contains(int index) => Overlaps(Of(index));

    /// <summary>Number of categories in the set.</summary>
    public int Count => PopCount(_a) + PopCount(_b) + PopCount(_c) + PopCount(_d);

    /// <summary>The indices in ascending order.</summary>
    public IEnumerable<int> Indices()
    {
        var words = new[] { _a, _b, _c, _d };
        for (var w = 0; w < words.Length; w++)
            for (var bit = 0; bit < 64; bit++)
                if ((words[w] & (1UL << bit)) != 0) yield return (w << 6) | bit;
    }

    /// <summary>Union.</summary>
    public static CategorySet operator |(CategorySet x, CategorySet y) => new(x._a | y._a, x._b | y._b, x._c | y._c, x._d | y._d);
    /// <summary>Intersection.</summary>
    public static CategorySet operator &(CategorySet x, CategorySet y) => new(x._a & y._a, x._b & y._b, x._c & y._c, x._d & y._d);
    /// <summary>Equality.</summary>
    public static bool operator ==(CategorySet x, CategorySet y) => x.Equals(y);
    /// <summary>Inequality.</summary>
    public static bool operator !=(CategorySet x, CategorySet y) => !x.Equals(y);

    /// <summary>Union (named alternative to <c>|</c>).</summary>
    public CategorySet BitwiseOr(CategorySet other) => this | other;
    /// <summary>Intersection (named alternative to <c>&amp;</c>).</summary>
    public CategorySet BitwiseAnd(CategorySet other) => this & other;

    /// <inheritdoc />
    public bool Equals(CategorySet other) => _a == other._a && _b == other._b && _c == other._c && _d == other._d;
    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CategorySet other && Equals(other);
    /// <inheritdoc />
    public override int GetHashCode()
    {
        unchecked
        {
            var h = _a * 0x9E3779B97F4A7C15UL ^ _b * 0xC2B2AE3D27D4EB4FUL ^ _c * 0x165667B19E3779F9UL ^ _d * 0x27D4EB2F165667C5UL;
            return (int)(h ^ (h >> 32));
        }
    }

    private static int PopCount(ulong x)
    {
        var n = 0;
        while (x != 0) { x &= x - 1; n++; }
        return n;
    }
}
