using System.Text;

namespace LiveAccess.Core.Categories;

/// <summary>
/// Cleans text the way real inventories need: drops zero-width and control characters, folds
/// full-width forms to their ASCII equivalents (NFKC) and collapses runs of white space.
/// </summary>
public static class TextNormalizer
{
    /// <summary>The cleaned text; idempotent: <c>Clean(Clean(x)) == Clean(x)</c>.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        if (IsClean(text!)) return text!;
        var folded = FoldNfkc(text!);
        var sb = new StringBuilder(folded.Length);
        var pendingSpace = false;
        foreach (var c in folded)
        {
            if (IsInvisible(c)) continue;
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

    /// <summary>A comparison key: cleaned, without any white space, lower case.</summary>
    public static string Key(string? text)
    {
        var clean = Clean(text);
        if (IsKey(clean)) return clean;
        var sb = new StringBuilder(clean.Length);
        foreach (var c in clean)
            if (c != ' ') sb.Append(ToLowerInvariant(c));
        return sb.ToString();
    }

    /// <summary>Zero-width and formatting characters that survive NFKC but carry no meaning here.</summary>
    public static bool IsInvisible(char c) =>
        c is '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\u2060' or '\uFEFF' or '\u00AD'
            or '\u202A' or '\u202B' or '\u202C' or '\u202D' or '\u202E' or '\u2066' or '\u2067' or '\u2068' or '\u2069';

    // Text that cleaning gives back unchanged, recognised without the ICU round trip: printable
    // ASCII and CJK unified ideographs (NFKC leaves both as they are and neither combines with a
    // neighbour), with single spaces between words and none at either end. Most inventory values.
    private static bool IsClean(string text)
    {
        if (text[0] == ' ' || text[text.Length - 1] == ' ') return false;
        var space = false;
        foreach (var c in text)
        {
            if (c == ' ')
            {
                if (space) return false;
                space = true;
                continue;
            }
            space = false;
            if (c is (> ' ' and < '\u007F') or (>= '\u4E00' and <= '\u9FFF')) continue;
            return false;
        }
        return true;
    }

    /// <summary>
    /// The NFKC form of the text. Inventories are mostly ASCII, CJK ideographs and punctuation and
    /// full-width ASCII forms (／, ；, ＞, full-width letters and digits, the ideographic space), whose NFKC
    /// forms are the characters themselves and plain ASCII one for one: that is done here, anything
    /// else by ICU.
    /// </summary>
    internal static string FoldNfkc(string text)
    {
        var changes = false;
        foreach (var c in text)
        {
            var folded = FoldAlone(c);
            if (folded == NeedsWholeText) return text.Normalize(NormalizationForm.FormKC);
            changes |= folded != c;
        }
        if (!changes) return text;
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++) chars[i] = FoldAlone(chars[i]);
        return new string(chars);
    }

    /// <summary>What <see cref="FoldAlone"/> gives for a character it cannot fold on its own.</summary>
    internal const char NeedsWholeText = '\uFFFF';

    /// <summary>
    /// The NFKC form of one character, for those whose form depends on no other: ASCII, CJK
    /// ideographs and CJK punctuation 、。《》「」【】〇… (U+3001-U+3029: no decomposition, no
    /// combining class) are themselves, a full-width ASCII form is its ASCII character, the
    /// ideographic space a space; <see cref="NeedsWholeText"/> for any other (ICU folds the text).
    /// </summary>
    internal static char FoldAlone(char c) =>
        c < '\u0080' || IsCaselessCjk(c) ? c
        : c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0)
        : c == '\u3000' ? ' '
        : NeedsWholeText;

    // A clean text that is its own key: no space and no upper-case ASCII letter.
    private static bool IsKey(string clean)
    {
        foreach (var c in clean)
            if (c == ' ' || c is >= 'A' and <= 'Z' || c is > '\u007F' and < '\u4E00' or > '\u9FFF' && !IsCaselessCjk(c)) return false;
        return true;
    }

    // char.ToLowerInvariant without the culture machinery for what has no case: ASCII is folded here,
    // CJK ideographs and CJK punctuation are their own lower case; anything else asks ICU.
    private static char ToLowerInvariant(char c) =>
        c < '\u0080' ? (c is >= 'A' and <= 'Z' ? (char)(c + ('a' - 'A')) : c)
        : IsCaselessCjk(c) ? c
        : char.ToLowerInvariant(c);

    /// <summary>Whether the text holds a CJK ideograph or CJK punctuation (characters without case).</summary>
    internal static bool HasCjk(string text)
    {
        foreach (var c in text)
            if (IsCaselessCjk(c)) return true;
        return false;
    }

    private static bool IsCaselessCjk(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3001' and <= '\u3029';

}
