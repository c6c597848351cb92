namespace LiveAccess.Core.Domain;

/// <summary>What an inventory reader yields per data row: either a row to normalise or an error for that row.</summary>
public readonly struct InventoryRecord
{
    private InventoryRecord(InventoryRow? row, RowError? error, object? taken = null)
    {
        Row = row;
        Error = error;
        Taken = taken;
    }

    /// <summary>The row, when it could be read.</summary>
    public InventoryRow? Row { get; }
    /// <summary>The error, when it could not.</summary>
    public RowError? Error { get; }

    /// <summary>A readable row.</summary>
    public static InventoryRecord Ok(InventoryRow row) => new(row, null);
    /// <summary>An unreadable row.</summary>
    public static InventoryRecord Failed(RowError error) => new(null, error);

    /// <summary>A line a <see cref="Inventory.RowShortcut"/> took: what it made of it, for it to answer (neither row nor error).</summary>
    internal object? Taken { get; }

    /// <summary>A line a shortcut took.</summary>
    internal static InventoryRecord TakenBy(object taken) => new(null, null, taken);
}
