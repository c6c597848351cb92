using System.Text;
using LiveAccess.Core.Text;

namespace LiveAccess.Core.Inventory;

/// <summary>How to read an inventory.</summary>
public sealed record InventoryOptions
{
    /// <summary>Forced encoding (<c>--encoding</c>); null to detect (BOM, UTF-8, else GB18030).</summary>
    public Encoding? Encoding { get; init; }
    /// <summary>Forced format; null to choose by extension (<c>.csv</c>, <c>.json</c>, <c>.yaml</c>/<c>.yml</c>; stdin defaults to CSV).</summary>
    public InventoryFormat? Format { get; init; }
    /// <summary>Language of error messages.</summary>
    public Language Language { get; init; } = Language.English;
    /// <summary>
    /// Answers plain lines of a UTF-8 CSV inventory straight from their bytes; they then give no
    /// record (see <see cref="RowShortcut"/>). Null (the default): every row is a record.
    /// </summary>
    public RowShortcut? Shortcut { get; init; }
}

/// <summary>Inventory file formats.</summary>
public enum InventoryFormat
{
    /// <summary>Comma-separated values with a header row.</summary>
    Csv,
    /// <summary>A JSON array of objects (or one object).</summary>
    Json,
    /// <summary>A YAML sequence of mappings.</summary>
    Yaml,
}
