using System.Collections.Generic;
using System.Linq;
using LiveAccess.Core.Evaluation;
using LiveAccess.Core.Text;

namespace LiveAccess.Core.Inventory.Csv;

/// <summary>
/// What each CSV column holds, from the header row. Unknown columns are ignored; category columns
/// may repeat; a second column for a single-valued field, or no AppId column, stops the file.
/// </summary>
internal sealed class ColumnMap
{
    private const int MaxListedHeaders = 20;

    private ColumnMap(IReadOnlyList<string> names, InventoryField?[] fields, int appIdIndex)
    {
        Names = names;
        Fields = fields;
        AppIdIndex = appIdIndex;
    }

    /// <summary>The header names as written.</summary>
    public IReadOnlyList<string> Names { get; }
    /// <summary>The field of each column; null for a column to ignore.</summary>
    public IReadOnlyList<InventoryField?> Fields { get; }
    /// <summary>The 0-based index of the AppId column.</summary>
    public int AppIdIndex { get; }

    /// <summary>Maps a header row; throws <see cref="InventoryException"/> for a duplicate or missing required column.</summary>
    public static ColumnMap Create(IReadOnlyList<string> headers, string file, int headerLine, Language language, string invalidBytesHint)
    {
        var fields = new InventoryField?[headers.Count];
        var firstIndex = new Dictionary<InventoryField, int>();
        for (var i = 0; i < headers.Count; i++)
        {
            var field = FieldNames.Resolve(headers[i]);
            fields[i] = field;
            if (field is not { } f) continue;
            if (f != InventoryField.Categories && firstIndex.TryGetValue(f, out var first))
                throw new InventoryException(file, headerLine, InventoryText.Format(language, "inventory.duplicate-column",
                    first + 1, InventoryText.Quote(headers[first]), i + 1, InventoryText.Quote(headers[i]), FieldNames.Canonical(f)));
            if (!firstIndex.ContainsKey(f)) firstIndex[f] = i;
        }
        if (!firstIndex.TryGetValue(InventoryField.AppId, out var appId))
            throw new InventoryException(file, headerLine, InventoryText.Format(language, "inventory.missing-appid-column",
                Listed(headers, language),
                (headers.Any(h => ProgramNormalizer.NormalizeAppId(h) is not null) ? InventoryText.Format(language, "inventory.header-looks-like-data") : string.Empty)
                + invalidBytesHint));
        return new ColumnMap(headers, fields, appId);
    }

    private static string Listed(IReadOnlyList<string> headers, Language language)
    {
        var named = headers.Where(h => !string.IsNullOrWhiteSpace(h)).ToList();
        if (named.Count == 0) return InventoryText.Format(language, "inventory.no-header-names");
        var listed = string.Join(", ", named.Take(MaxListedHeaders).Select(h => "'" + InventoryText.Quote(h) + "'"));
        return named.Count > MaxListedHeaders ? listed + ", …" : listed;
    }
}
