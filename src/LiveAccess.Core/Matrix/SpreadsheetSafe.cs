namespace LiveAccess.Core.Matrix;

/// <summary>
/// Keeps a spreadsheet from running a CSV cell as a formula (CSV injection, OWASP): a cell that
/// starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or CR gets a leading apostrophe, which
/// Excel and LibreOffice read as "this cell is text".
/// </summary>
public static class SpreadsheetSafe
{
    /// <summary>The cell, neutralised when it could start a formula.</summary>
    public static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value)) return string.Empty;
        return "=+-@\t\r".IndexOf(value![0]) >= 0 ? "'" + value : value;
    }
}
