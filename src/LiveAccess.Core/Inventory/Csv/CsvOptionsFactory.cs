using System;
using CsvHelper;

namespace LiveAccess.Core.Inventory.Csv;

/// <summary>
/// Builds CsvHelper's reader options. They are init-only properties, and the setters' signatures
/// differ between CsvHelper's netstandard2.0 build (which declares its own IsExternalInit) and its
/// .NET builds (which use the runtime's): this netstandard2.0 assembly compiled against one runs
/// against the other in .NET hosts (MissingMethodException). Reflection finds the setter by name
/// in whichever build is loaded.
/// </summary>
internal static class CsvOptionsFactory
{
    public static CsvReaderOptions Create(char? separator, bool hasHeader, Action<CsvMalformedRecord> onMalformed)
    {
        var options = new CsvReaderOptions();
        Set(options, nameof(CsvReaderOptions.Separator), separator);
        Set(options, nameof(CsvReaderOptions.HasHeader), hasHeader);
        Set(options, nameof(CsvReaderOptions.DetectSeparatorHint), hasHeader);
        Set(options, nameof(CsvReaderOptions.TrackLineNumbers), true);
        Set(options, nameof(CsvReaderOptions.SkipEmptyLines), true);
        Set(options, nameof(CsvReaderOptions.TrimWhitespace), true);
        Set(options, nameof(CsvReaderOptions.MaxRecordSize), CsvInventoryReader.MaxRecordBytes);
        Set(options, nameof(CsvReaderOptions.OnMalformedRecord), onMalformed);
        return options;
    }

    private static void Set(CsvReaderOptions options, string property, object? value) =>
        typeof(CsvReaderOptions).GetProperty(property)!.SetValue(options, value);
}
