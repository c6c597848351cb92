namespace LiveAccess.Core.Inventory;

/// <summary>The fields of an inventory row, whatever a file calls its columns or keys.</summary>
internal enum InventoryField
{
    AppId,
    Name,
    EntityType,
    Categories,
    Scenario,
}
