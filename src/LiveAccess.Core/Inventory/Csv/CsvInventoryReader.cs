using System;
using System.Collections.Generic;
using System.Linq;
using CsvHelper;
using LiveAccess.Core.Domain;
using LiveAccess.Core.Evaluation;
using LiveAccess.Core.Inventory.Decoding;
using LiveAccess.Core.Text;

namespace LiveAccess.Core.Inventory.Csv;

/// <summary>
/// Reads a CSV inventory record by record with CsvHelper. Line numbers are the physical line where
/// each record starts. A record that runs over several lines because a quote was never closed
/// (it ends the file, its quoting is broken, or a later line of it reads like a new row) becomes
/// an error for its first line, and reading starts again on the line after it, so the rows it
/// swallowed are still read. A record over <see cref="MaxRecordBytes"/> is handled the same way.
/// </summary>
internal static class CsvInventoryReader
{
    /// <summary>The longest record read: enough for a field of megabytes, small enough to bound memory.</summary>
    public const int MaxRecordBytes = 16 * 1024 * 1024;
    private const int MaxListedExtras = 3;
    private static readonly char[] Separators = { ',', ';', '\t', '|' };
    private static readonly string[] LineBreaks = { "\r\n", "\r", "\n" };

    public static IEnumerable<InventoryRecord> Read(DecodingReader text, string file, Language language)
    {
        var retaining = new RetainingReader(text);
        var firstLine = retaining.PeekContentLine(1, out var firstLineNumber);
        if (firstLine is not null && firstLine.StartsWith("#TYPE ", StringComparison.Ordinal))
        {
            // Windows PowerShell 5.1's Export-Csv writes a type line above the header unless told not to.
            retaining.RewindTo(firstLineNumber + 1);
            firstLine = retaining.PeekContentLine(firstLineNumber + 1, out _);
        }
        if (firstLine is null) throw new InventoryException(file, 0, InventoryText.Format(language, "inventory.empty-csv"));
        var session = new CsvSession(retaining, ChooseSeparator(firstLine), retaining.CurrentLine);
        try
        {
            var headerLine = session.ReadHeader(file, language);
            var columns = ColumnMap.Create(session.Headers, file, headerLine, language,
                text.HasInvalidBytes(headerLine, headerLine) ? InventoryText.Format(language, "inventory.invalid-bytes-here", text.EncodingName) : string.Empty);
            session.Restartable();
            while (true)
            {
                var step = session.Next();
                if (step.Kind == StepKind.End) yield break;
                if (step.Kind == StepKind.TooLarge)
                {
                    yield return Failed("record-too-large", InventoryText.Format(language, "row.record-too-large", MaxRecordBytes / (1024 * 1024)), file, step.Start, null);
                    session.RestartAt(step.Start + 1);
                    continue;
                }
                var malformed = session.Malformed;
                if (step.End > step.Start && IsSwallowing(malformed, session.RawText(), columns, session.Separator))
                {
                    yield return Failed("unbalanced-quote", InventoryText.Format(language, "row.unbalanced-quote", step.End), file, step.Start, session.Field(columns.AppIdIndex));
                    session.RestartAt(step.Start + 1);
                    continue;
                }
                retaining.Release(step.Start);
                if (malformed == CsvMalformedReason.UnterminatedQuote)
                {
                    yield return Failed("unbalanced-quote", InventoryText.Format(language, "row.unterminated-quote"), file, step.Start, session.Field(columns.AppIdIndex));
                    continue;
                }
                var builder = Build(session, columns, file, step.Start, language);
                if (builder is null) continue;
                if (text.HasInvalidBytes(step.Start, step.End))
                    builder.Fail("invalid-encoding", InventoryText.Format(language, "row.invalid-encoding", text.FirstInvalidLineFrom(step.Start), text.EncodingName));
                yield return builder.Build();
            }
        }
        finally
        {
            session.Dispose();
        }
    }

    /// <summary>The row's values, or null for a record with nothing in it (blank lines, <c>,,,</c>).</summary>
    private static RowBuilder? Build(CsvSession session, ColumnMap columns, string file, int line, Language language)
    {
        var builder = new RowBuilder(file, line, language);
        var count = session.FieldCount;
        var known = Math.Min(count, columns.Fields.Count);
        for (var i = 0; i < known; i++)
            if (columns.Fields[i] is { } field) builder.Set(field, columns.Names[i], session.Field(i));
        List<string>? extras = null;
        for (var i = known; i < count; i++)
        {
            var value = session.Field(i);
            if (!string.IsNullOrWhiteSpace(value)) (extras ??= new List<string>()).Add(value);
        }
        if (extras is not null)
        {
            var listed = string.Join(", ", extras.Take(MaxListedExtras).Select(v => "'" + InventoryText.Quote(v) + "'"));
            builder.Warn("extra-fields", InventoryText.Format(language, "warning.extra-fields", count, columns.Fields.Count,
                extras.Count > MaxListedExtras ? listed + ", …" : listed));
        }
        return builder.IsBlank && extras is null ? null : builder;
    }

    /// <summary>
    /// Whether a record over several lines swallowed rows: its quoting broke, or one of its later
    /// lines reads like the start of a row (an AppId where the AppId column is). A multi-line value
    /// that is quoted properly and holds no such line is a real multi-line value.
    /// </summary>
    private static bool IsSwallowing(CsvMalformedReason? malformed, string raw, ColumnMap columns, char separator)
    {
        if (malformed is CsvMalformedReason.UnterminatedQuote or CsvMalformedReason.TextAfterClosingQuote) return true;
        var lines = raw.Split(LineBreaks, StringSplitOptions.None);
        for (var i = 1; i < lines.Length; i++)
            if (StartsRow(lines[i], columns, separator)) return true;
        return false;
    }

    private static bool StartsRow(string line, ColumnMap columns, char separator)
    {
        if (columns.Fields.Count > 1 && line.IndexOf(separator) < 0) return false;
        var parts = line.Split(separator);
        if (parts.Length <= columns.AppIdIndex) return false;
        var value = parts[columns.AppIdIndex].Trim();
        if (value.Length >= 2 && value[0] == '"' && value[value.Length - 1] == '"') value = value.Substring(1, value.Length - 2);
        return ProgramNormalizer.NormalizeAppId(value) is not null;
    }

    /// <summary>The separator whose split of the header line holds an AppId column; null to let CsvHelper detect it.</summary>
    internal static char? ChooseSeparator(string headerLine)
    {
        if (headerLine.StartsWith("sep=", StringComparison.OrdinalIgnoreCase)) return null;
        foreach (var separator in Separators)
            if (headerLine.Split(separator).Any(h => FieldNames.Resolve(h.Trim().Trim('"')) == InventoryField.AppId))
                return separator;
        return null;
    }

    private static InventoryRecord Failed(string code, string message, string file, int line, string? appId)
    {
        var known = Categories.TextNormalizer.Clean(appId);
        return InventoryRecord.Failed(new RowError(code, message, new SourceLocation(file, line), known.Length == 0 ? null : InventoryText.Quote(known)));
    }
}
