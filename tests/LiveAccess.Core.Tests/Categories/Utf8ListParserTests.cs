using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using LiveAccess.Core.Categories;
using LiveAccess.Core.Rules;
using LiveAccess.Core.Text;

namespace LiveAccess.Core.Tests.Categories;

/// <summary>
/// A category list parsed on its UTF-8 bytes gives exactly what the catalogue's text parse gives:
/// the same set and the same warnings in the same order, for lists of every spelling, separator
/// and oddity, and for the characters folding treats as a whole (which go the text way).
/// </summary>
public sealed class Utf8ListParserTests
{
    private static readonly string[] Separators = { ";", "；", "|", "｜", ",", "，", "\n", "\r\n", " ; ", "　;　" };
    private static readonly string[] Inner = { "/", "／", ">", "＞", "-", " / ", "　/　" };
    // Characters NFKC folds as a whole (the small semicolon folds to a separator, the circled one
    // to a digit), characters outside what folding maps on its own, and full-width letters.
    private static readonly string[] Odd = { "﹔", "①", "é", "𠀀", "\u00a0", "Ａ", "ｂ", "　", "、", "\t", "\u001f", "😀", "ｶ" };

    [Fact]
    public void Thousands_of_written_lists_parse_on_their_bytes_as_the_catalogue_parses_their_text()
    {
        var catalogue = RuleSetLoader.Default.Categories;
        var random = new Random(17);
        var names = new List<(string Primary, string Secondary)>();
        foreach (var c in catalogue.All)
        {
            names.Add((c.Primary.Zh, c.Secondary.Zh));
            names.Add((c.Primary.En, c.Secondary.En));
            names.Add((c.PrimaryId, c.Id.Substring(c.PrimaryId.Length + 1)));
        }
        var bytePath = 0;
        foreach (var language in new[] { Language.English, Language.Chinese })
        {
            var parser = new Utf8ListParser(catalogue, language);
            for (var n = 0; n < 6000; n++)
            {
                var text = RandomList(random, names);
                var bytes = Encoding.UTF8.GetBytes(text);
                if (Utf8ListParser.TrySplit(bytes, new List<int>(), out _)) bytePath++;
                var expected = catalogue.Parse(string.IsNullOrWhiteSpace(text) ? Array.Empty<string>() : new[] { text }, language);
                // Twice: the second time from the pairs it keeps by their bytes.
                for (var again = 0; again < 2; again++)
                {
                    var actual = parser.Parse(bytes);
                    Assert.True(expected.Set == actual.Set, $"set of '{text}'");
                    Assert.Equal(expected.Warnings.Select(w => w.Code + ": " + w.Text), actual.Warnings.Select(w => w.Code + ": " + w.Text));
                }
            }
        }
        Assert.True(bytePath > 6000, $"only {bytePath} lists split on their bytes");
    }

    [Theory]
    [InlineData("社交/直播", true, false, 1)]
    [InlineData("社交／直播；电商平台/电商平台", true, false, 2)]
    [InlineData("a|b,c\nd\re", true, false, 5)]
    [InlineData("", true, true, 1)]
    [InlineData(" \t　", true, true, 1)]
    [InlineData("社交/直播﹔电商平台", false, false, 0)]
    [InlineData("social/live ①", false, false, 0)]
    public void Lists_are_split_on_their_bytes_only_when_folding_maps_each_character_on_its_own(string text, bool split, bool blank, int pairs)
    {
        var bounds = new List<int>();
        Assert.Equal(split, Utf8ListParser.TrySplit(Encoding.UTF8.GetBytes(text), bounds, out var isBlank));
        if (!split) return;
        Assert.Equal(blank, isBlank);
        Assert.Equal(pairs, bounds.Count / 2);
    }

    private static string RandomList(Random random, List<(string Primary, string Secondary)> names)
    {
        var count = random.Next(0, 14) switch { 0 => 0, < 8 => random.Next(1, 4), < 12 => random.Next(4, 8), _ => random.Next(8, 16) };
        var builder = new StringBuilder();
        if (random.Next(10) == 0) builder.Append(random.Next(2) == 0 ? "  " : "　");
        for (var i = 0; i < count; i++)
        {
            if (i > 0) builder.Append(Separators[random.Next(Separators.Length)]);
            var (primary, secondary) = names[random.Next(names.Count)];
            switch (random.Next(12))
            {
                case 0: builder.Append(secondary); break; // a lone secondary
                case 1: builder.Append("未知类目").Append(random.Next(20)); break; // unknown
                case 2: builder.Append(primary).Append(Inner[random.Next(Inner.Length)]).Append("不存在"); break;
                case 3: builder.Append(Odd[random.Next(Odd.Length)]).Append(primary).Append('/').Append(secondary); break;
                case 4: builder.Append(' ').Append(primary.ToUpperInvariant()).Append(Inner[random.Next(Inner.Length)]).Append(secondary).Append(' '); break;
                default: builder.Append(primary).Append(Inner[random.Next(Inner.Length)]).Append(secondary); break;
            }
        }
        if (random.Next(15) == 0) builder.Append(Separators[random.Next(Separators.Length)]);
        if (random.Next(20) == 0) builder.Append("\t ");
        return builder.ToString();
    }
}
