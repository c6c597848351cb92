using System;
using System.Collections.Generic;
using LiveAccess.Core.Evaluation;
using LiveAccess.Core.Text;

namespace LiveAccess.Core.Categories;

/// <summary>
/// Parses one written category list given as UTF-8 bytes, exactly as
/// <see cref="CategoryCatalogue.Parse"/> parses its text, mostly without making a string of it:
/// when every character is one <see cref="TextNormalizer.FoldNfkc"/> folds on its own (ASCII, CJK
/// ideographs and punctuation, full-width forms, the ideographic space), a separator after folding
/// is a separator as written, so the list is split on its bytes and each pair, as written, is looked
/// up once and kept by its bytes. Any other list is decoded and parsed as text. One per reading
/// thread: not thread-safe.
/// </summary>
internal sealed class Utf8ListParser
{
    private const int MaxPairs = 8192;
    private readonly CategoryCatalogue _catalogue;
    private readonly Language _language;
    private readonly ByteKeyTable<CategoryCatalogue.PairAnswer> _pairs = new(MaxPairs);
    private readonly List<int> _bounds = new();
    private readonly List<CategoryCatalogue.PairAnswer> _listPairs = new();

    public Utf8ListParser(CategoryCatalogue catalogue, Language language)
    {
        _catalogue = catalogue ?? throw new ArgumentNullException(nameof(catalogue));
        _language = language;
    }

    /// <summary>The list's set and warnings, as <c>Parse(new[] { text })</c> gives them (nothing for a blank list).</summary>
    public CategoryParse Parse(ReadOnlySpan<byte> list)
    {
        if (!TrySplit(list, _bounds, out var blank))
        {
            var text = Utf8Text.Of(list);
            return _catalogue.Parse(string.IsNullOrWhiteSpace(text) ? Array.Empty<string>() : new[] { text }, _language);
        }
        _listPairs.Clear();
        if (!blank)
        {
            for (var i = 0; i < _bounds.Count; i += 2)
            {
                var pair = list.Slice(_bounds[i], _bounds[i + 1]);
                if (!_pairs.TryFind(pair, out var answer))
                {
                    answer = _catalogue.Pair(Utf8Text.Of(pair), _language);
                    _pairs.TryAdd(pair, answer);
                }
                _listPairs.Add(answer);
            }
        }
        return CategoryCatalogue.Combine(_listPairs, _listPairs.Count, _language);
    }

    /// <summary>
    /// The pairs' starts and lengths in <paramref name="bounds"/> (two numbers a pair), split where
    /// the folded text has a pair separator (<see cref="CategoryCatalogue.IsPairSeparator"/>);
    /// <paramref name="blank"/> when every character is white space. False when a character is one
    /// that folding does not map on its own (<see cref="TextNormalizer.FoldAlone"/>) or the bytes
    /// are not well-formed UTF-8 of such characters: the text must be parsed as text.
    /// </summary>
    internal static bool TrySplit(ReadOnlySpan<byte> list, List<int> bounds, out bool blank)
    {
        bounds.Clear();
        blank = true;
        var start = 0;
        var i = 0;
        while (i < list.Length)
        {
            var b = list[i];
            char c;
            int width;
            if (b < 0x80)
            {
                c = (char)b;
                width = 1;
            }
            else
            {
                // Every character folding maps on its own beyond ASCII takes three bytes.
                if ((b & 0xF0) != 0xE0 || i + 2 >= list.Length) return false;
                var b1 = list[i + 1];
                var b2 = list[i + 2];
                if ((b1 & 0xC0) != 0x80 || (b2 & 0xC0) != 0x80) return false;
                c = (char)(((b & 0x0F) << 12) | ((b1 & 0x3F) << 6) | (b2 & 0x3F));
                if (c < '\u0800') return false; // an overlong form
                width = 3;
            }
            var folded = TextNormalizer.FoldAlone(c);
            if (folded == TextNormalizer.NeedsWholeText) return false;
            if (blank && !char.IsWhiteSpace(c)) blank = false; // asked only until one character is not
            i += width;
            if (!CategoryCatalogue.IsPairSeparator(folded)) continue;
            bounds.Add(start);
            bounds.Add(i - width - start);
            start = i;
        }
        bounds.Add(start);
        bounds.Add(list.Length - start);
        return true;
    }
}
