using System;
using System.Collections.Generic;
using CsvHelper;
using LiveAccess.Core.Text;

namespace LiveAccess.Core.Inventory.Csv;

/// <summary>What reading the next CSV record gave.</summary>
internal enum StepKind
{
    /// <summary>No more records.</summary>
    End,
    /// <summary>A record, on lines <see cref="Step.Start"/> to <see cref="Step.End"/>.</summary>
    Record,
    /// <summary>A record too large to buffer, starting on <see cref="Step.Start"/>.</summary>
    TooLarge,
}

/// <summary>A step of the CSV reader, with the record's first and last physical lines.</summary>
internal readonly record struct Step(StepKind Kind, int Start, int End);

/// <summary>
/// One CsvHelper reader over a <see cref="RetainingReader"/>, replaced by a fresh one (no header,
/// same separator) when reading must start again at a later line. Translates CsvHelper's line
/// numbers, which count from where each reader started, into the file's.
/// </summary>
internal sealed class CsvSession : IDisposable
{
    private readonly RetainingReader _text;
    private CsvReaderOptions _options;
    private CsvReader _reader;
    private int _lineBase;
    private CsvMalformedReason? _malformed;

    /// <param name="text">The text, positioned where the header is to be looked for.</param>
    /// <param name="separator">The separator; null to let CsvHelper detect it.</param>
    /// <param name="firstLine">The line <paramref name="text"/> is positioned on.</param>
    public CsvSession(RetainingReader text, char? separator, int firstLine)
    {
        _text = text;
        _lineBase = firstLine - 1;
        _options = CsvOptionsFactory.Create(separator, true, OnMalformed);
        _reader = CsvReader.Create(_text, _options, true);
    }

    public IReadOnlyList<string> Headers => _reader.Headers;
    public char Separator => _reader.Separator;
    public int FieldCount => _reader.FieldCount;
    /// <summary>The first quoting problem CsvHelper reported for the current record, if any.</summary>
    public CsvMalformedReason? Malformed => _malformed;

    /// <summary>Reads the header row; returns its line.</summary>
    public int ReadHeader(string file, Language language)
    {
        try
        {
            _reader.ReadHeader();
        }
        catch (CsvFormatException ex)
        {
            throw new InventoryException(file, _lineBase + (int)ex.LineNumber, InventoryText.Format(language, "inventory.value-too-large", CsvInventoryReader.MaxRecordBytes / (1024 * 1024)));
        }
        return _lineBase + (int)_reader.LineNumber;
    }

    /// <summary>Fixes the separator found in the header, for the readers that start again without one.</summary>
    public void Restartable() => _options = CsvOptionsFactory.Create(_reader.Separator, false, OnMalformed);

    public Step Next()
    {
        _malformed = null;
        try
        {
            if (!_reader.Read()) return new Step(StepKind.End, 0, 0);
        }
        catch (CsvFormatException ex)
        {
            var line = _lineBase + (int)Math.Max(1, ex.LineNumber);
            return new Step(StepKind.TooLarge, line, line);
        }
        var start = _lineBase + (int)_reader.LineNumber;
        return new Step(StepKind.Record, start, start + LineBreaks(_reader.RawRecord));
    }

    public string Field(int index) => index < _reader.FieldCount ? _reader.GetString(index) : string.Empty;

    public string RawText() => System.Text.Encoding.UTF8.GetString(_reader.RawRecord.ToArray());

    /// <summary>Starts reading again at <paramref name="line"/> with a fresh parser.</summary>
    public void RestartAt(int line)
    {
        _reader.Dispose();
        _text.RewindTo(line);
        _reader = CsvReader.Create(_text, _options, true);
        _lineBase = line - 1;
    }

    public void Dispose() => _reader.Dispose();

    private void OnMalformed(CsvMalformedRecord record) => _malformed ??= record.Reason;

    /// <summary>Line breaks inside a record (those it ends with, when it ran to the end of the file, not counted).</summary>
    private static int LineBreaks(ReadOnlySpan<byte> raw)
    {
        while (raw.Length > 0 && raw[raw.Length - 1] is (byte)'\r' or (byte)'\n') raw = raw.Slice(0, raw.Length - 1);
        var count = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == (byte)'\n') count++;
            else if (raw[i] == (byte)'\r' && (i + 1 == raw.Length || raw[i + 1] != (byte)'\n')) count++;
        }
        return count;
    }
}
