namespace LiveAccess.Core.Domain;

/// <summary>What an inventory reader yields per data row: either a row to normalise or an error for that row.</summary>
public readonly struct InventoryRecord
{
    private InventoryRecord(InventoryRow? row, RowError? error)
    {
        Row = row;
        Error = error;
    }

    /// <summary>The row, when it could be read.</summary>
    public InventoryRow? Row { get; }
    /// <summary>The error, when it could not.</summary>
    public RowError? Error { get; }

    /// <summary>A readable row.</summary>
    public static InventoryRecord Ok(InventoryRow row) => new(row, null);
    /// <summary>An unreadable row.</summary>
    public static InventoryRecord Failed(RowError error) => new(null, error);
}
