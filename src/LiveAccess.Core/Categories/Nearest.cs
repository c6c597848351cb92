using System;
using System.Collections.Generic;

namespace LiveAccess.Core.Categories;

/// <summary>Finds the known value closest to a misspelt one (edit distance), for "did you mean" hints.</summary>
public static class Nearest
{
    /// <summary>The candidate with the smallest edit distance to <paramref name="value"/>, or null when there are none.</summary>
    public static string? Find(string value, IEnumerable<string> candidates)
    {
        if (candidates is null) throw new ArgumentNullException(nameof(candidates));
        var key = TextNormalizer.Key(value);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var d = Distance(key, TextNormalizer.Key(candidate));
            if (d < bestDistance) { best = candidate; bestDistance = d; }
        }
        return best;
    }

    /// <summary>Levenshtein distance, capped to keep hostile megabyte values cheap.</summary>
    public static int Distance(string a, string b)
    {
        if (a is null) throw new ArgumentNullException(nameof(a));
        if (b is null) throw new ArgumentNullException(nameof(b));
        const int Cap = 200;
        if (a.Length > Cap) a = a.Substring(0, Cap);
        if (b.Length > Cap) b = b.Substring(0, Cap);
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
