using System.Globalization;
using LiveAccess.Core.Categories;
using LiveAccess.Core.Rules;

namespace LiveAccess.Core.Tests.Categories;

/// <summary>
/// Keys and id lookups skip the culture machinery (ICU) for CJK ideographs and CJK punctuation:
/// that is only right because those characters have no case, which is checked here against the
/// runtime itself, with the lookups that depend on it.
/// </summary>
public sealed class CaselessCjkTests
{
    [Fact]
    public void Cjk_ideographs_and_punctuation_are_their_own_lower_and_upper_case()
    {
        for (var c = '\u4E00'; c <= '\u9FFF'; c++) AssertCaseless(c);
        for (var c = '\u3001'; c <= '\u3029'; c++) AssertCaseless(c);
    }

    [Theory]
    [InlineData("社交/直播", "social/live")]
    [InlineData("SOCIAL/LIVE", "social/live")]
    [InlineData("Social / Live", "social/live")]
    [InlineData("social/live", "social/live")]
    [InlineData("社交 > 直播", "social/live")]
    [InlineData("直播", "social/live")]
    public void Written_pairs_find_their_category(string written, string id)
    {
        var catalogue = RuleSetLoader.Default.Categories;
        Assert.Equal(id, catalogue.Lookup(written).Category?.Id);
    }

    [Fact]
    public void An_id_is_found_ignoring_case_and_cjk_text_is_no_id()
    {
        var catalogue = RuleSetLoader.Default.Categories;
        Assert.Equal("social/live", catalogue.ById("Social/LIVE")?.Id);
        Assert.Null(catalogue.ById("社交/直播"));
        Assert.Null(catalogue.ById("social/直播"));
    }

    private static void AssertCaseless(char c)
    {
        Assert.Equal(c, char.ToLowerInvariant(c));
        Assert.Equal(c, char.ToUpperInvariant(c));
        Assert.Equal(0, string.Compare(c.ToString(), c.ToString().ToUpperInvariant(), System.StringComparison.Ordinal));
        Assert.Equal(c.ToString().ToUpper(CultureInfo.InvariantCulture), c.ToString());
    }
}
