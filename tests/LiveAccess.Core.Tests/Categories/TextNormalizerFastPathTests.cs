using System;
using System.Text;
using LiveAccess.Core.Categories;

namespace LiveAccess.Core.Tests.Categories;

/// <summary>
/// Cleaning gives text that needs nothing back untouched without asking ICU: it must give exactly
/// what the full cleaning (NFKC, invisible characters dropped, white space collapsed) gives, for
/// every kind of character an inventory holds.
/// </summary>
public sealed class TextNormalizerFastPathTests
{
    // Plain ASCII, CJK ideographs, the edges of the CJK block, full-width forms, compatibility
    // ideographs, white space of every kind, invisible and control characters, combining marks.
    private static readonly string[] Pieces =
    {
        "a", "Z", "0", "/", ">", "-", ";", "社交", "直播", "一", "、", "《", "\u302A", "\u9FFF", "\u4DFF", "\uA000", "ａ", "／", "；", "\uF900", "\uFA10",
        " ", "  ", "\t", "\u3000", "\u00A0", "\u200B", "\uFEFF", "\u0001", "\n", "e\u0301", "\u0301", "É", "ß", "İ", "\u2160", "ﬁ",
    };

    [Fact]
    public void Clean_and_Key_give_what_the_full_algorithm_gives()
    {
        var random = new Random(5);
        for (var n = 0; n < 20_000; n++)
        {
            var sb = new StringBuilder();
            var length = random.Next(1, 8);
            for (var i = 0; i < length; i++) sb.Append(Pieces[random.Next(Pieces.Length)]);
            var text = sb.ToString();
            Assert.Equal(ReferenceClean(text), TextNormalizer.Clean(text));
            Assert.Equal(ReferenceKey(text), TextNormalizer.Key(text));
        }
    }

    [Fact]
    public void The_width_folding_is_NFKC()
    {
        var random = new Random(6);
        var pieces = new[] { "a", "~", "\u007F", "\u0001", "社", "、", "。", "〇", "\u3029", "\u302A", "\u302F", "\u3036", "\u3038", "\uFF01", "\uFF0F", "\uFF1B", "\uFF21", "\uFF41", "\uFF5E", "\uFF5F", "\uFF61", "\uFFE0", "\u3000", "\u3001", "é", "e\u0301" };
        for (var n = 0; n < 20_000; n++)
        {
            var sb = new StringBuilder();
            for (var i = random.Next(1, 8); i > 0; i--) sb.Append(pieces[random.Next(pieces.Length)]);
            var text = sb.ToString();
            Assert.Equal(text.Normalize(NormalizationForm.FormKC), TextNormalizer.FoldNfkc(text));
        }
        for (var c = '\uFF01'; c <= '\uFF5E'; c++)
            Assert.Equal(c.ToString().Normalize(NormalizationForm.FormKC), TextNormalizer.FoldNfkc(c.ToString()));
    }

    [Theory]
    [InlineData("社交/直播")]
    [InlineData("enterprise")]
    [InlineData("wx0123456789abcdef")]
    [InlineData("Social live")]
    public void Text_that_is_already_clean_comes_back_as_it_is(string text)
    {
        Assert.Equal(ReferenceClean(text), TextNormalizer.Clean(text));
        Assert.Same(text, TextNormalizer.Clean(text));
    }

    // The cleaning as it was written before the fast path: the oracle.
    private static string ReferenceClean(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC);
        var sb = new StringBuilder();
        var pendingSpace = false;
        foreach (var c in folded)
        {
            if (TextNormalizer.IsInvisible(c)) continue;
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (pendingSpace) { sb.Append(' '); pendingSpace = false; }
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static string ReferenceKey(string text)
    {
        var sb = new StringBuilder();
        foreach (var c in ReferenceClean(text))
            if (c != ' ') sb.Append(char.ToLowerInvariant(c));
        return sb.ToString();
    }
}
