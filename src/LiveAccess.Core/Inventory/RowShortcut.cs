using LiveAccess.Core.Inventory.Csv;
using LiveAccess.Core.Inventory.Csv.Fast;

namespace LiveAccess.Core.Inventory;

/// <summary>
/// Answers plain CSV lines straight from their bytes, so that they never become rows: given
/// through <see cref="InventoryOptions.Shortcut"/>, it is offered every line of a UTF-8 CSV
/// inventory that the fast reader splits with certainty (the right number of fields), in the
/// file's order, before the line is checked as UTF-8 and built into a row. The lines it takes come out
/// together, a few hundred at a time, as one record only it can answer (on the thread that
/// consumes the records, in the lines' place: before any line it declines and before the end); a
/// line it declines is read as ever; so is everything the fast reader does not read itself. The
/// one shortcut there is: <see cref="Reports.CsvReportShortcut"/>.
/// </summary>
public abstract class RowShortcut
{
    private protected RowShortcut()
    {
    }

    /// <summary>
    /// True when the shortcut takes the line: it keeps what it needs to answer it later (the
    /// line's bytes are gone by then) with the lines taken before. It takes only a line it knows to
    /// be well-formed UTF-8 without U+FDD0 in every field (<see cref="Utf8Check"/>), which the
    /// reader then does not check again. Runs on the reading thread.
    /// </summary>
    internal abstract bool TryTake(CsvLine line, byte[] buffer, ColumnMap columns);

    /// <summary>Whether lines taken are waiting to be handed on.</summary>
    internal abstract bool HasPending { get; }

    /// <summary>Whether as many lines are waiting as are handed on at once.</summary>
    internal abstract bool IsFull { get; }

    /// <summary>The lines waiting, as one record's payload; the shortcut starts afresh.</summary>
    internal abstract object TakePending();
}

/// <summary>What a shortcut hands on for the lines it took together: how many they are.</summary>
internal interface ITakenLines
{
    /// <summary>The lines.</summary>
    int Count { get; }
}
