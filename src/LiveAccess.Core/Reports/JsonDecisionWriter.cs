using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using LiveAccess.Core.Domain;
using LiveAccess.Core.Evaluation;

namespace LiveAccess.Core.Reports;

/// <summary>
/// One JSON array of decisions with the camelCase field names of the public contract, one decision
/// per line. Streamed: each decision is encoded with <see cref="Utf8JsonWriter"/> into a small
/// buffer that is handed to the output whenever it fills, so no run is ever held in memory.
/// Non-ASCII text (Chinese) is written as is, not as <c>\u</c> escapes: the output is UTF-8 JSON
/// meant for files and pipes, never embedded in HTML.
/// </summary>
public sealed class JsonDecisionWriter : IDecisionWriter
{
    private const int FlushThreshold = 32 * 1024;
    private static readonly byte[] Open = Encoding.UTF8.GetBytes("[\n");
    private static readonly byte[] Between = Encoding.UTF8.GetBytes(",\n");
    private static readonly byte[] Close = Encoding.UTF8.GetBytes("\n]\n");
    private static readonly byte[] Empty = Encoding.UTF8.GetBytes("[]\n");

    private readonly ReportContext _context;
    private readonly MemoryStream _buffer = new(FlushThreshold * 2);
    private readonly Utf8JsonWriter _json;
    private char[] _chars = new char[FlushThreshold * 2];
    private long _count;
    private bool _completed;

    /// <summary>Creates the writer.</summary>
    public JsonDecisionWriter(ReportContext context)
    {
        _context = context ?? throw new ArgumentNullException(nameof(context));
        _json = new Utf8JsonWriter(_buffer, new JsonWriterOptions
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            Indented = false,
        });
    }

    /// <inheritdoc />
    public void WriteDecision(Decision decision)
    {
        if (decision is null) throw new ArgumentNullException(nameof(decision));
        var separator = _count++ == 0 ? Open : Between;
        _buffer.Write(separator, 0, separator.Length);
        _json.Reset(_buffer);
        DecisionJson.Write(_json, decision);
        _json.Flush();
        if (_buffer.Length >= FlushThreshold) Drain();
    }

    /// <summary>Refused rows are reported on the error stream; the array holds decisions only.</summary>
    public void WriteError(RowError error) { }

    /// <inheritdoc />
    public void Complete(RunTotals totals)
    {
        if (_completed) return;
        _completed = true;
        var end = _count == 0 ? Empty : Close;
        _buffer.Write(end, 0, end.Length);
        Drain();
        _context.Output.Flush();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _json.Dispose();
        _buffer.Dispose();
    }

    // The buffer always ends on a complete decision, so it never splits a UTF-8 sequence.
    private void Drain()
    {
        var length = (int)_buffer.Length;
        if (length == 0) return;
        var bytes = _buffer.GetBuffer();
        var needed = Encoding.UTF8.GetMaxCharCount(length);
        if (_chars.Length < needed) _chars = new char[needed];
        var chars = Encoding.UTF8.GetChars(bytes, 0, length, _chars, 0);
        _context.Output.Write(_chars, 0, chars);
        _buffer.SetLength(0);
    }
}
