using System.Collections.Generic;
using System.Text;
using LiveAccess.Core.Categories;

namespace LiveAccess.Core.Inventory;

/// <summary>
/// Recognises column headers and JSON/YAML keys: case-insensitive, trimmed, full-width folded,
/// zero-width and BOM characters ignored, and <c>_</c>, <c>-</c>, <c>.</c>, <c>#</c> dropped (so
/// <c>app_id</c> and <c>Entity Type</c> match). Categories may come in several columns or keys
/// (<c>Category</c>, <c>Category1..Category5</c>, <c>类目2</c>, repeated <c>Categories</c>).
/// </summary>
internal static class FieldNames
{
    private static readonly Dictionary<string, InventoryField> Names = new(System.StringComparer.Ordinal)
    {
        ["appid"] = InventoryField.AppId,
        ["name"] = InventoryField.Name,
        ["名称"] = InventoryField.Name,
        ["小程序名称"] = InventoryField.Name,
        ["entitytype"] = InventoryField.EntityType,
        ["主体类型"] = InventoryField.EntityType,
        ["categories"] = InventoryField.Categories,
        ["category"] = InventoryField.Categories,
        ["服务类目"] = InventoryField.Categories,
        ["类目"] = InventoryField.Categories,
        ["scenario"] = InventoryField.Scenario,
        ["直播场景"] = InventoryField.Scenario,
        ["场景"] = InventoryField.Scenario,
    };

    /// <summary>The canonical name of each field, as written in messages.</summary>
    public static string Canonical(InventoryField field) => field.ToString();

    /// <summary>The field a header or key names, or null for a column to ignore.</summary>
    public static InventoryField? Resolve(string? name)
    {
        var key = MatchKey(name);
        if (key.Length == 0) return null;
        if (Names.TryGetValue(key, out var field)) return field;
        // Numbered category columns: Category1, 类目2, Categories_3...
        var end = key.Length;
        while (end > 0 && key[end - 1] >= '0' && key[end - 1] <= '9') end--;
        if (end < key.Length && key.Length - end <= 2
            && Names.TryGetValue(key.Substring(0, end), out var numbered) && numbered == InventoryField.Categories)
            return InventoryField.Categories;
        return null;
    }

    /// <summary>Whether a key names the wrapper list of programs (<c>programs</c>) in JSON and YAML.</summary>
    public static bool IsProgramList(string? name) => MatchKey(name) == "programs";

    private static string MatchKey(string? name)
    {
        var key = TextNormalizer.Key(name);
        if (key.IndexOf('_') < 0 && key.IndexOf('-') < 0 && key.IndexOf('.') < 0 && key.IndexOf('#') < 0) return key;
        var sb = new StringBuilder(key.Length);
        foreach (var c in key)
            if (c is not ('_' or '-' or '.' or '#')) sb.Append(c);
        return sb.ToString();
    }
}
