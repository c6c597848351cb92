using System.Text;

namespace LiveAccess.Core.Reports;

/// <summary>
/// Escapes text from inventories and rule files for Markdown (CommonMark and GitHub tables):
/// characters that would start emphasis, links, HTML, code or a table cell are backslash-escaped
/// and line breaks become spaces, so a name can never change the document around it.
/// </summary>
public static class MarkdownText
{
    private const string Active = "\\`*_[]<>|~&#";

    /// <summary>The text as inline Markdown that renders literally, also inside a table cell.</summary>
    public static string Inline(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        var sb = new StringBuilder(text!.Length + 8);
        var lastWasSpace = false;
        foreach (var c in text)
        {
            if (c == '\r' || c == '\n' || c == '\t')
            {
                if (!lastWasSpace) sb.Append(' ');
                lastWasSpace = true;
                continue;
            }
            lastWasSpace = c == ' ';
            if (Active.IndexOf(c) >= 0) sb.Append('\\');
            sb.Append(c);
        }
        return sb.ToString().Trim();
    }

    /// <summary>A table row from already escaped cells.</summary>
    public static string Row(params string[] cells) => "| " + string.Join(" | ", cells) + " |";

    /// <summary>A table header and its separator line.</summary>
    public static string Header(params string[] cells)
    {
        var sb = new StringBuilder(Row(cells)).Append('\n').Append('|');
        foreach (var _ in cells) sb.Append("---|");
        return sb.ToString();
    }
}
