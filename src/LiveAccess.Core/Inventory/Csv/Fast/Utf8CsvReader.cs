using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.ExceptionServices;
using System.Text;
using LiveAccess.Core.Domain;
using LiveAccess.Core.Inventory.Decoding;
using LiveAccess.Core.Text;

namespace LiveAccess.Core.Inventory.Csv.Fast;

/// <summary>
/// The fast path for the common CSV inventory: UTF-8, comma-separated, one record per line. It
/// splits lines into fields on the bytes (no decoding of the whole text, no general CSV machine),
/// and gives exactly the records <see cref="CsvInventoryReader"/> gives (tests compare the two on
/// the whole corpus and on generated inventories). At the first line it is not sure to read the
/// same way (a value over several lines, an irregular quote, a lone CR, a very long line, a header
/// it does not know how to read), it hands the rest of the file, from that line, to the full
/// reader, with the lines already read left empty so that line numbers stay those of the file.
/// </summary>
internal static class Utf8CsvReader
{
    /// <summary>Longest line read here; longer ones go to the full reader with its own limit.</summary>
    public const int MaxLineBytes = 1024 * 1024;
    private const int MaxListedExtras = 3;

    /// <summary>
    /// The records of a CSV inventory; the full reader's when the text is not UTF-8.
    /// <paramref name="handedOver"/>, when given, learns the line from which the full reader read;
    /// <paramref name="shortcut"/>, when given, is offered each line read here with certainty.
    /// </summary>
    public static IEnumerable<InventoryRecord> Read(DecodingReader text, string file, Language language, Action<int>? handedOver = null, RowShortcut? shortcut = null) =>
        text.TryTakeUtf8Bytes(out var bytes) ? ReadBytes(bytes, file, language, handedOver, shortcut) : CsvInventoryReader.Read(text, file, language);

    private static IEnumerable<InventoryRecord> ReadBytes(ByteSource source, string file, Language language, Action<int>? handedOver, RowShortcut? shortcut)
    {
        var window = new LineWindow(source);
        var line = new CsvLine();
        var strings = new FieldStrings();
        if (!window.Next(MaxLineBytes, out _) || ReadHeader(window, line, file, language) is not { } columns)
        {
            foreach (var record in HandOver(window, Array.Empty<byte>(), file, language, handedOver)) yield return record;
            yield break;
        }
        var head = HeaderBytes(window);
        var fieldCount = columns.Fields.Count;
        while (true)
        {
            bool more;
            bool tooLong;
            ExceptionDispatchInfo? failure = null;
            try
            {
                more = window.Next(MaxLineBytes, out tooLong);
            }
            catch (Exception ex) when (shortcut is { HasPending: true })
            {
                // The lines taken before the input broke off still come first.
                failure = ExceptionDispatchInfo.Capture(ex);
                more = tooLong = false;
            }
            if (!more)
            {
                if (shortcut is { HasPending: true }) yield return InventoryRecord.TakenBy(shortcut.TakePending());
                failure?.Throw();
                if (tooLong)
                    foreach (var record in HandOver(window, head, file, language, handedOver)) yield return record;
                yield break;
            }
            var start = window.LineStart;
            var end = window.LineEnd;
            if (start == end) continue; // an empty line
            var buffer = window.Buffer;
            var valid = true;
            var split = line.Split(buffer, start, end);
            // The shortcut checks the UTF-8 of the lines it takes itself, field by field, most of
            // them once for all the lines that write them.
            if (split && shortcut is not null && line.Count == fieldCount && shortcut.TryTake(line, buffer, columns))
            {
                if (shortcut.IsFull) yield return InventoryRecord.TakenBy(shortcut.TakePending());
                continue;
            }
            // Without a shortcut every line is checked here: a window's lines together. With one, a
            // line comes here only when the shortcut declines it (a few in a hundred): alone.
            if (!split || (!Utf8Check.IsAscii(new ReadOnlySpan<byte>(buffer, start, end - start)) && !(shortcut is null && window.LineIsCheckedUtf8)
                           && !Utf8Check.Inspect(buffer, start, end - start, out valid)))
            {
                if (shortcut is { HasPending: true }) yield return InventoryRecord.TakenBy(shortcut.TakePending());
                foreach (var record in HandOver(window, head, file, language, handedOver)) yield return record;
                yield break;
            }
            // A line the shortcut declines comes after the ones it took.
            if (shortcut is { HasPending: true }) yield return InventoryRecord.TakenBy(shortcut.TakePending());
            if (Build(line, buffer, columns, strings, file, window.Line, language, valid) is { } built) yield return built;
        }
    }

    /// <summary>The column map of a header this reader reads as the full reader would; null otherwise.</summary>
    private static ColumnMap? ReadHeader(LineWindow window, CsvLine line, string file, Language language)
    {
        var buffer = window.Buffer;
        var span = new ReadOnlySpan<byte>(buffer, window.LineStart, window.LineEnd - window.LineStart);
        if (StartsWithBom(buffer, window.LineStart, window.LineEnd)) return null;
        if (!Utf8Check.IsAscii(span) && (!Utf8Check.Inspect(buffer, window.LineStart, span.Length, out var valid) || !valid)) return null;
        var text = Encoding.UTF8.GetString(buffer, window.LineStart, span.Length);
        // What the full reader skips or treats apart: blank lines above the header, PowerShell's
        // #TYPE line, a sep= hint, a separator other than the comma.
        if (text.Trim().Length == 0 || text.StartsWith("#TYPE ", StringComparison.Ordinal)) return null;
        if (CsvInventoryReader.ChooseSeparator(text) != ',') return null;
        if (!line.Split(buffer, window.LineStart, window.LineEnd)) return null;
        var names = new string[line.Count];
        for (var i = 0; i < names.Length; i++)
        {
            var (b, s, n) = line.Field(buffer, i);
            names[i] = Encoding.UTF8.GetString(b, s, n);
        }
        return ColumnMap.Create(names, file, 1, language, string.Empty);
    }

    /// <summary>The record of one line, or null for a line with nothing in it.</summary>
    private static InventoryRecord? Build(CsvLine line, byte[] buffer, ColumnMap columns, FieldStrings strings, string file, int lineNumber, Language language, bool valid)
    {
        var count = line.Count;
        var fields = columns.Fields;
        if (count != fields.Count || !valid) return BuildUnusual(line, buffer, columns, strings, file, lineNumber, language, valid);

        string? appId = null, name = null, entity = null, scenario = null;
        string? category = null;
        List<string>? categories = null;
        for (var i = 0; i < count; i++)
        {
            if (fields[i] is not { } field) continue;
            var (b, s, n) = line.Field(buffer, i);
            switch (field)
            {
                case InventoryField.AppId: appId = FieldStrings.Once(b, s, n); break;
                case InventoryField.Name: name = strings.Get(b, s, n); break;
                case InventoryField.EntityType: entity = strings.Get(b, s, n); break;
                case InventoryField.Scenario: scenario = strings.Get(b, s, n); break;
                default:
                    var value = strings.Get(b, s, n);
                    if (string.IsNullOrWhiteSpace(value)) break;
                    if (category is null) category = value;
                    else (categories ??= new List<string> { category }).Add(value);
                    break;
            }
        }
        if (category is null && string.IsNullOrWhiteSpace(appId) && string.IsNullOrWhiteSpace(name)
            && string.IsNullOrWhiteSpace(entity) && string.IsNullOrWhiteSpace(scenario))
            return null;
        return InventoryRecord.Ok(new InventoryRow
        {
            AppId = appId,
            Name = name,
            EntityType = entity,
            Categories = categories is not null ? categories.ToArray() : category is not null ? new[] { category } : Array.Empty<string>(),
            Scenario = scenario,
            Source = new SourceLocation(file, lineNumber),
            Warnings = Array.Empty<Message>(),
        });
    }

    /// <summary>A line with too few or too many fields, or bytes that are not UTF-8: built the way the full reader builds it.</summary>
    private static InventoryRecord? BuildUnusual(CsvLine line, byte[] buffer, ColumnMap columns, FieldStrings strings, string file, int lineNumber, Language language, bool valid)
    {
        var builder = new RowBuilder(file, lineNumber, language);
        var count = line.Count;
        var known = Math.Min(count, columns.Fields.Count);
        for (var i = 0; i < known; i++)
            if (columns.Fields[i] is { } field) builder.Set(field, columns.Names[i], Text(line, buffer, i, strings));
        List<string>? extras = null;
        for (var i = known; i < count; i++)
        {
            var value = Text(line, buffer, i, strings);
            if (!string.IsNullOrWhiteSpace(value)) (extras ??= new List<string>()).Add(value);
        }
        // As CsvInventoryReader.Build words it; the differential tests hold the two together.
        if (extras is not null)
        {
            var listed = string.Join(", ", extras.Take(MaxListedExtras).Select(v => "'" + InventoryText.Quote(v) + "'"));
            builder.Warn("extra-fields", InventoryText.Format(language, "warning.extra-fields", count, columns.Fields.Count,
                extras.Count > MaxListedExtras ? listed + ", …" : listed));
        }
        if (builder.IsBlank && extras is null) return null;
        if (!valid)
            builder.Fail("invalid-encoding", InventoryText.Format(language, "row.invalid-encoding", lineNumber, "UTF-8"));
        return builder.Build();
    }

    private static string Text(CsvLine line, byte[] buffer, int index, FieldStrings strings)
    {
        var (b, s, n) = line.Field(buffer, index);
        return strings.Get(b, s, n);
    }

    /// <summary>
    /// The rest of the file, from the current line, read by the full reader: the header on line 1,
    /// the lines already read as empty lines, then the current line and everything after it.
    /// </summary>
    private static IEnumerable<InventoryRecord> HandOver(LineWindow window, byte[] head, string file, Language language, Action<int>? handedOver)
    {
        handedOver?.Invoke(Math.Max(1, window.Line));
        var (buffer, start, end, rest) = window.Remainder();
        var headLines = head.Length == 0 ? 0 : 1;
        var emptyLines = Math.Max(0, window.Line - 1 - headLines);
        var stream = new SpliceStream(head, emptyLines, buffer, start, end, rest);
        var text = new DecodingReader(Array.Empty<byte>(), 0, 0, stream, false, new UTF8Encoding(false), false);
        return CsvInventoryReader.Read(text, file, language);
    }

    /// <summary>The header line as the full reader will read it again, with its line break.</summary>
    private static byte[] HeaderBytes(LineWindow window)
    {
        var length = window.LineEnd - window.LineStart;
        var head = new byte[length + 1];
        Array.Copy(window.Buffer, window.LineStart, head, 0, length);
        head[length] = (byte)'\n';
        return head;
    }

    private static bool StartsWithBom(byte[] buffer, int start, int end) =>
        end - start >= 3 && buffer[start] == 0xEF && buffer[start + 1] == 0xBB && buffer[start + 2] == 0xBF;
}
