using System.Linq;
using LiveAccess.Core.Reports;

namespace LiveAccess.Core.Tests.Reports;

public sealed class TextWidthTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("abc", 3)]
    [InlineData("社交/直播", 9)]
    [InlineData("ＡＢ", 4)]
    [InlineData("e\u0301", 1)]
    [InlineData("a\u200Bb", 2)]
    [InlineData("𠀀", 2)]
    public void Width_counts_wide_characters_twice_and_marks_not_at_all(string text, int width) =>
        Assert.Equal(width, TextWidth.Of(text));

    [Fact]
    public void Padding_is_by_columns_not_characters() =>
        Assert.Equal("直播  |", TextWidth.PadRight("直播", 6) + "|");

    [Fact]
    public void Truncation_ends_with_an_ellipsis_within_the_width()
    {
        var cut = TextWidth.Truncate("一二三四五六七八九十", 9);
        Assert.Equal("一二三四…", cut);
        Assert.True(TextWidth.Of(cut) <= 9);
        Assert.Equal("short", TextWidth.Truncate("short", 9));
    }

    [Fact]
    public void English_wraps_at_spaces()
    {
        var lines = TextWidth.Wrap("the quick brown fox jumps over the lazy dog", 15);
        Assert.Equal(new[] { "the quick brown", "fox jumps over", "the lazy dog" }, lines);
    }

    [Fact]
    public void Chinese_wraps_between_characters_and_keeps_closing_punctuation_on_its_line()
    {
        var lines = TextWidth.Wrap("需补充医疗相关类目，后方可进行销售。", 20);
        Assert.All(lines, l => Assert.True(TextWidth.Of(l) <= 20, l));
        Assert.Equal("需补充医疗相关类目，后方可进行销售。", string.Concat(lines));
        Assert.DoesNotContain(lines.Skip(1), l => l.StartsWith('，') || l.StartsWith('。'));
    }

    [Fact]
    public void A_word_longer_than_the_line_is_split()
    {
        var lines = TextWidth.Wrap("abcdefghijklmnopqrstuvwxyz", 10);
        Assert.Equal(new[] { "abcdefghij", "klmnopqrst", "uvwxyz" }, lines);
    }

    [Fact]
    public void A_line_may_break_after_a_slash()
    {
        var lines = TextWidth.Wrap("Education/Online video courses", 12);
        Assert.Equal("Education/", lines[0]);
    }
}
