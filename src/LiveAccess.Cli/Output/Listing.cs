using System.Collections.Generic;

namespace LiveAccess.Cli.Output;

/// <summary>
/// A column of a listing: its key (JSON name; CSV header in PascalCase), its table header, whether
/// tables show it, whether JSON and CSV carry it, and whether tables may wrap it (ids stay whole).
/// </summary>
internal sealed record ListingColumn(string Key, string HeaderKey, bool InTable = true, bool InData = true, bool Wraps = true);

/// <summary>
/// A small table of facts about the rule set (categories, scenarios, validation results) that
/// <see cref="ListingWriter"/> prints as a table, JSON or CSV. Cell values are strings, string
/// lists, numbers, booleans or null.
/// </summary>
internal sealed class Listing
{
    public Listing(params ListingColumn[] columns) => Columns = columns;

    public IReadOnlyList<ListingColumn> Columns { get; }
    public List<object?[]> Rows { get; } = new();

    public void Add(params object?[] cells) => Rows.Add(cells);
}
