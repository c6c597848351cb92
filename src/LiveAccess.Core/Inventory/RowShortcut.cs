using LiveAccess.Core.Inventory.Csv;
using LiveAccess.Core.Inventory.Csv.Fast;

namespace LiveAccess.Core.Inventory;

/// <summary>
/// Answers plain CSV lines straight from their bytes, so that they never become rows: given
/// through <see cref="InventoryOptions.Shortcut"/>, it is offered every line of a UTF-8 CSV
/// inventory that the fast reader splits with certainty (the right number of fields, valid UTF-8),
/// in the file's order, before the line would be built into a row. A line it takes comes out as a
/// record only it can answer (on the thread that consumes the records, in the line's place); a
/// line it declines is read as ever; so is everything the fast reader does not read itself. The
/// one shortcut there is: <see cref="Reports.CsvReportShortcut"/>.
/// </summary>
public abstract class RowShortcut
{
    private protected RowShortcut()
    {
    }

    /// <summary>
    /// True when the shortcut takes the line: <paramref name="taken"/> is then what it needs to
    /// answer it later (the line's bytes are gone by then). Runs on the reading thread.
    /// </summary>
    internal abstract bool TryTake(CsvLine line, byte[] buffer, ColumnMap columns, out object taken);
}
