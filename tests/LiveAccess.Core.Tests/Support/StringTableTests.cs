using System;
using System.Collections.Generic;
using LiveAccess.Core.Categories;
using Xunit;

namespace LiveAccess.Core.Tests.Support;

/// <summary>The string table the rule set's lookups use behaves as the dictionary it replaced.</summary>
public sealed class StringTableTests
{
    [Fact]
    public void Finds_by_the_comparer_it_was_given()
    {
        var ordinal = new StringTable<string>(StringComparer.Ordinal) { ["Live"] = "a" };
        var ignoringCase = new StringTable<string>(StringComparer.OrdinalIgnoreCase) { ["Live"] = "b" };

        Assert.False(ordinal.TryGetValue("live", out _));
        Assert.True(ordinal.TryGetValue("Live", out var exact));
        Assert.Equal("a", exact);
        Assert.True(ignoringCase.TryGetValue("LIVE", out var folded));
        Assert.Equal("b", folded);
        Assert.True(ignoringCase.ContainsKey("live"));
    }

    [Fact]
    public void Misses_and_duplicates_fail_as_a_dictionary_does()
    {
        var table = new StringTable<string>(StringComparer.Ordinal);
        table.Add("plan", "x");

        Assert.Throws<KeyNotFoundException>(() => table["other"]);
        Assert.Throws<ArgumentException>(() => table.Add("plan", "y"));
        Assert.False(table.TryGetValue("other", out var missing));
        Assert.Null(missing);
        Assert.Equal(1, table.Count);
    }

    [Fact]
    public void Keeps_null_values_and_replaces_through_the_indexer()
    {
        var table = new StringTable<Category>(StringComparer.Ordinal) { ["shared"] = null };
        Assert.True(table.TryGetValue("shared", out var value));
        Assert.Null(value);

        var texts = new StringTable<string>(StringComparer.Ordinal) { ["k"] = "1" };
        texts["k"] = "2";
        Assert.Equal("2", texts["k"]);
        Assert.Equal(new[] { "k" }, texts.Keys);
    }
}
