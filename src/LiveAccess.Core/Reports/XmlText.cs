using System.Text;

namespace LiveAccess.Core.Reports;

/// <summary>
/// Makes text safe for an XML document: characters XML 1.0 cannot hold (control characters,
/// lone surrogates) become U+FFFD instead of making the writer throw half-way through a report.
/// </summary>
internal static class XmlText
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        var s = text!;
        StringBuilder? sb = null;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var ok = IsAllowed(c);
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                sb?.Append(c).Append(s[i + 1]);
                i++;
                continue;
            }
            if (char.IsSurrogate(c)) ok = false;
            if (ok) { sb?.Append(c); continue; }
            sb ??= new StringBuilder(s.Length).Append(s, 0, i);
            sb.Append('\uFFFD');
        }
        return sb?.ToString() ?? s;
    }

    private static bool IsAllowed(char c) =>
        c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
}
