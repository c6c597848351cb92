using System;
using System.Collections.Generic;
using System.IO;
using LiveAccess.Core.Domain;
using LiveAccess.Core.Inventory.Csv;
using LiveAccess.Core.Inventory.Csv.Fast;
using LiveAccess.Core.Inventory.Decoding;
using LiveAccess.Core.Inventory.Json;
using LiveAccess.Core.Inventory.Yaml;
using LiveAccess.Core.Text;

namespace LiveAccess.Core.Inventory;

/// <summary>
/// Reads inventories (CSV, JSON, YAML) lazily, one record at a time, never the whole file: each
/// data row gives one <see cref="InventoryRecord"/>, a row or the <see cref="RowError"/> that keeps
/// it from being read, and reading goes on after a bad row. Problems with the whole file (not
/// found, no text, empty, no header, no AppId column, malformed JSON/YAML) throw
/// <see cref="InventoryException"/> with the file and line, when the enumeration reaches them.
/// </summary>
public static class InventoryReader
{
    /// <summary>The path that means standard input.</summary>
    public const string StandardInput = "-";

    /// <summary>
    /// Reads the inventory at <paramref name="path"/> (<c>-</c> for standard input). The format is
    /// <see cref="InventoryOptions.Format"/>, or else the extension: <c>.csv</c> (also <c>.tsv</c>,
    /// <c>.txt</c>), <c>.json</c> (also <c>.jsonl</c>, <c>.ndjson</c>), <c>.yaml</c>/<c>.yml</c>;
    /// standard input is CSV unless a format is given. A missing file and an unknown extension
    /// throw at once; everything else is read when enumerated.
    /// </summary>
    public static IEnumerable<InventoryRecord> Open(string path, InventoryOptions options)
    {
        if (path is null) throw new ArgumentNullException(nameof(path));
        if (options is null) throw new ArgumentNullException(nameof(options));
        var stdin = path == StandardInput;
        // A missing file or a directory is told so before its name is judged for a format.
        if (!stdin) CheckExists(path, options.Language);
        var format = options.Format ?? (stdin ? InventoryFormat.Csv : FormatOf(path, options.Language));
        return OpenLazily(path, stdin, format, options);
    }

    /// <summary>
    /// Reads an inventory from a stream the caller owns (it is not closed), for standard input,
    /// pipelines and tests. <paramref name="displayName"/> names it in messages and row locations.
    /// </summary>
    public static IEnumerable<InventoryRecord> Read(Stream stream, string displayName, InventoryFormat format, InventoryOptions options)
    {
        if (stream is null) throw new ArgumentNullException(nameof(stream));
        if (displayName is null) throw new ArgumentNullException(nameof(displayName));
        if (options is null) throw new ArgumentNullException(nameof(options));
        return ReadGuarded(stream, displayName, format, options);
    }

    /// <summary>The format of a file by its extension; throws <see cref="InventoryException"/> for one that is not an inventory's.</summary>
    public static InventoryFormat FormatOf(string path, Language language)
    {
        if (path is null) throw new ArgumentNullException(nameof(path));
        var extension = Path.GetExtension(path).ToUpperInvariant();
        switch (extension)
        {
            case ".CSV" or ".TSV" or ".TXT":
                return InventoryFormat.Csv;
            case ".JSON" or ".JSONL" or ".NDJSON":
                return InventoryFormat.Json;
            case ".YAML" or ".YML":
                return InventoryFormat.Yaml;
            case ".XLSX" or ".XLSM" or ".XLS":
                throw new InventoryException(path, 0, InventoryText.Format(language, "inventory.excel-workbook", Path.GetFileName(path)));
            default:
                throw new InventoryException(path, 0, InventoryText.Format(language, "inventory.unknown-extension", Path.GetExtension(path)));
        }
    }

    private static void CheckExists(string path, Language language)
    {
        if (Directory.Exists(path)) throw new InventoryException(path, 0, InventoryText.Format(language, "inventory.is-directory"));
        if (!File.Exists(path)) throw new InventoryException(path, 0, InventoryText.Format(language, "inventory.file-not-found"));
    }

    private static IEnumerable<InventoryRecord> OpenLazily(string path, bool stdin, InventoryFormat format, InventoryOptions options)
    {
        using var stream = stdin ? Console.OpenStandardInput() : OpenFile(path, options.Language);
        foreach (var record in ReadGuarded(stream, path, format, options)) yield return record;
    }

    private static FileStream OpenFile(string path, Language language)
    {
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 64 * 1024, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new InventoryException(path, 0, InventoryText.Format(language, "inventory.file-not-found"));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new InventoryException(path, 0, InventoryText.Format(language, "inventory.cannot-read", ex.Message));
        }
    }

    /// <summary>The records, with I/O failures while reading turned into <see cref="InventoryException"/>.</summary>
    private static IEnumerable<InventoryRecord> ReadGuarded(Stream stream, string file, InventoryFormat format, InventoryOptions options)
    {
        using var records = ReadRecords(stream, file, format, options).GetEnumerator();
        while (true)
        {
            try
            {
                if (!records.MoveNext()) yield break;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new InventoryException(file, 0, InventoryText.Format(options.Language, "inventory.cannot-read", ex.Message));
            }
            yield return records.Current;
        }
    }

    private static IEnumerable<InventoryRecord> ReadRecords(Stream stream, string file, InventoryFormat format, InventoryOptions options)
    {
        var text = EncodingSniffer.Open(stream, file, format, options);
        var records = format switch
        {
            InventoryFormat.Json => JsonInventoryReader.Read(text, file, options.Language),
            InventoryFormat.Yaml => YamlInventoryReader.Read(text, file, options.Language),
            _ => Utf8CsvReader.Read(text, file, options.Language, shortcut: options.Shortcut),
        };
        foreach (var record in records) yield return record;
    }
}
