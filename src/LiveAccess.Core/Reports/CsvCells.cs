using System;
using System.IO;

namespace LiveAccess.Core.Reports;

/// <summary>
/// Writing CSV cells the way RFC 4180 and spreadsheets need: quoted when they hold a comma, a quote
/// or a line break, and neutralised when a spreadsheet would run them as a formula.
/// </summary>
public static class CsvCells
{
    /// <summary>The line ending of every CSV record (RFC 4180).</summary>
    public const string NewLine = "\r\n";

    /// <summary>
    /// True when a spreadsheet would treat the text as a formula or a command: it starts with
    /// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return (OWASP "CSV injection").
    /// </summary>
    public static bool LooksLikeFormula(string value) =>
        !string.IsNullOrEmpty(value) && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    /// <summary>The text with a leading <c>'</c> when it looks like a formula, else unchanged.</summary>
    public static string Neutralize(string? value)
    {
        if (value is null) return string.Empty;
        return LooksLikeFormula(value) ? "'" + value : value;
    }

    /// <summary>True when the cell must be quoted: it holds a comma, a quote, CR or LF, or starts or ends with a space.</summary>
    public static bool NeedsQuotes(string value)
    {
        if (value is null) throw new ArgumentNullException(nameof(value));
        if (value.Length > 0 && (value[0] == ' ' || value[value.Length - 1] == ' ')) return true;
        foreach (var c in value)
            if (c is ',' or '"' or '\r' or '\n') return true;
        return false;
    }

    /// <summary>Writes one cell: neutralised, then quoted when needed (no separator).</summary>
    public static void Write(TextWriter writer, string? value)
    {
        if (writer is null) throw new ArgumentNullException(nameof(writer));
        var text = Neutralize(value);
        if (!NeedsQuotes(text))
        {
            writer.Write(text);
            return;
        }
        writer.Write('"');
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '"') continue;
            writer.Write(text.Substring(start, i - start + 1));
            writer.Write('"');
            start = i + 1;
        }
        writer.Write(text.Substring(start));
        writer.Write('"');
    }

    /// <summary>Writes a whole record: cells separated by commas, ended by CRLF.</summary>
    public static void WriteRecord(TextWriter writer, params string?[] cells)
    {
        if (writer is null) throw new ArgumentNullException(nameof(writer));
        if (cells is null) throw new ArgumentNullException(nameof(cells));
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0) writer.Write(',');
            Write(writer, cells[i]);
        }
        writer.Write(NewLine);
    }
}
