using System;
using System.Collections.Generic;
using System.Text;

namespace LiveAccess.Core.Reports;

/// <summary>
/// Terminal column widths of text: Chinese, Japanese, Korean and full-width characters take two
/// columns, combining and invisible characters none. Used to align and wrap tables for people.
/// </summary>
public static class TextWidth
{
    /// <summary>Columns taken by a text in a terminal.</summary>
    public static int Of(string? text)
    {
        if (string.IsNullOrEmpty(text)) return 0;
        var width = 0;
        for (var i = 0; i < text!.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                width += OfCodePoint(char.ConvertToUtf32(c, text[i + 1]));
                i++;
            }
            else
            {
                width += OfCodePoint(c);
            }
        }
        return width;
    }

    /// <summary>Columns taken by one code point: 0, 1 or 2.</summary>
    public static int OfCodePoint(int cp)
    {
        if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) return 0;
        if (cp < 0x300) return 1;
        if ((cp >= 0x300 && cp <= 0x36F) || (cp >= 0x200B && cp <= 0x200F) || cp == 0xFEFF || (cp >= 0xFE00 && cp <= 0xFE0F)) return 0;
        return IsWide(cp) ? 2 : 1;
    }

    /// <summary>
    /// A run of spaces. Up to 64 are cut from a constant: <c>new string(' ', n)</c> fills with vector
    /// code that ReadyToRun cannot precompile, so a single answer would compile it at start-up.
    /// </summary>
    public static string Spaces(int count) =>
        count <= 0 ? string.Empty : count <= SixtyFourSpaces.Length ? SixtyFourSpaces.Substring(0, count) : new string(' ', count);

    private const string SixtyFourSpaces = "                                                                ";

    /// <summary>The text padded with spaces to at least <paramref name="width"/> columns.</summary>
    public static string PadRight(string? text, int width)
    {
        text ??= string.Empty;
        var missing = width - Of(text);
        return missing > 0 ? text + Spaces(missing) : text;
    }

    /// <summary>The text cut to at most <paramref name="width"/> columns, ending with <c>…</c> when cut.</summary>
    public static string Truncate(string? text, int width)
    {
        text ??= string.Empty;
        if (Of(text) <= width) return text;
        var sb = new StringBuilder();
        var used = 0;
        foreach (var piece in Graphemes(text))
        {
            var w = Of(piece);
            if (used + w > width - 1) break;
            sb.Append(piece);
            used += w;
        }
        return sb.Append('…').ToString();
    }

    /// <summary>
    /// Wraps text into lines of at most <paramref name="width"/> columns: breaks at spaces, and
    /// between any two CJK characters (which need no spaces); closing punctuation stays on the line
    /// it ends; a word longer than a line is split.
    /// </summary>
    public static IReadOnlyList<string> Wrap(string? text, int width)
    {
        if (width < 4) width = 4;
        var lines = new List<string>();
        if (string.IsNullOrEmpty(text)) { lines.Add(string.Empty); return lines; }
        var line = new StringBuilder();
        var lineWidth = 0;
        foreach (var token in Tokens(text!))
        {
            var isSpace = token == " ";
            var w = Of(token);
            if (isSpace && lineWidth == 0) continue;
            if (lineWidth + w > width && lineWidth > 0)
            {
                lines.Add(line.ToString().TrimEnd());
                line.Clear();
                lineWidth = 0;
                if (isSpace) continue;
            }
            if (w > width)
            {
                foreach (var part in Split(token, width))
                {
                    if (lineWidth > 0) { lines.Add(line.ToString().TrimEnd()); line.Clear(); }
                    line.Append(part);
                    lineWidth = Of(part);
                }
                continue;
            }
            line.Append(token);
            lineWidth += w;
        }
        if (line.Length > 0 || lines.Count == 0) lines.Add(line.ToString().TrimEnd());
        return lines;
    }

    // Breakable units: a space, a run of non-CJK non-space characters (a word), or one CJK
    // character; closing punctuation sticks to the unit before it.
    private static IEnumerable<string> Tokens(string text)
    {
        var word = new StringBuilder();
        var wordIsCjk = false;
        foreach (var g in Graphemes(text))
        {
            var cp = char.ConvertToUtf32(g, 0);
            if (cp is ' ' or '\t' or '\n' or '\r')
            {
                if (word.Length > 0) { yield return word.ToString(); word.Clear(); }
                yield return " ";
                continue;
            }
            if (IsClosing(cp) && word.Length > 0)
            {
                word.Append(g);
                continue;
            }
            if (cp == '/' && word.Length > 0)
            {
                // A line may break after the slash of 一级/二级 or of a path.
                word.Append(g);
                yield return word.ToString();
                word.Clear();
                wordIsCjk = false;
                continue;
            }
            var wide = IsWide(cp);
            if (word.Length > 0 && (wide || wordIsCjk)) { yield return word.ToString(); word.Clear(); }
            word.Append(g);
            wordIsCjk = wide;
        }
        if (word.Length > 0) yield return word.ToString();
    }

    private static IEnumerable<string> Split(string token, int width)
    {
        var sb = new StringBuilder();
        var used = 0;
        foreach (var g in Graphemes(token))
        {
            var w = Of(g);
            if (used + w > width && sb.Length > 0) { yield return sb.ToString(); sb.Clear(); used = 0; }
            sb.Append(g);
            used += w;
        }
        if (sb.Length > 0) yield return sb.ToString();
    }

    // Code points (surrogate pairs kept together) with following zero-width marks attached.
    private static IEnumerable<string> Graphemes(string text)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            var cp = pair ? char.ConvertToUtf32(c, text[i + 1]) : c;
            if (sb.Length > 0 && OfCodePoint(cp) > 0) { yield return sb.ToString(); sb.Clear(); }
            sb.Append(c);
            if (pair) sb.Append(text[++i]);
        }
        if (sb.Length > 0) yield return sb.ToString();
    }

    private static bool IsClosing(int cp) => cp switch
    {
        '，' or '。' or '、' or '；' or '：' or '！' or '？' or '）' or '」' or '』' or '》' or '〉' or '】' or '”' or '’' => true,
        ',' or '.' or ';' or ':' or '!' or '?' or ')' => true,
        _ => false,
    };

    private static bool IsWide(int cp) =>
        (cp >= 0x1100 && cp <= 0x115F)
        || (cp >= 0x2E80 && cp <= 0x303E)
        || (cp >= 0x3041 && cp <= 0x33FF)
        || (cp >= 0x3400 && cp <= 0x4DBF)
        || (cp >= 0x4E00 && cp <= 0x9FFF)
        || (cp >= 0xA000 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6)
        || (cp >= 0x1F300 && cp <= 0x1F64F)
        || (cp >= 0x1F900 && cp <= 0x1F9FF)
        || (cp >= 0x20000 && cp <= 0x3FFFD);
}
