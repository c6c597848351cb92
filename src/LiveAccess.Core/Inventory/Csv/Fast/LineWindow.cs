using System;
using System.IO;
using LiveAccess.Core.Inventory.Decoding;

namespace LiveAccess.Core.Inventory.Csv.Fast;

/// <summary>
/// Physical lines of a byte stream, one at a time, from a window that holds the current line and
/// what was read after it (never the file). Lines end at LF or CRLF; a CR anywhere else is kept in
/// the line for the caller to notice. What has not been consumed can be handed on whole
/// (<see cref="Remainder"/>), so another reader can take over at the current line.
/// </summary>
internal sealed class LineWindow
{
    private const int ChunkBytes = 256 * 1024;
    private readonly Stream _rest;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private bool _restDone;
    // Bytes from the current line up to _checkedEnd are known to be well-formed UTF-8 without
    // U+FDD0 (see Utf8Check); bytes up to _checkFrom have been looked at.
    private int _checkedEnd;
    private int _checkFrom;

    public LineWindow(ByteSource source)
    {
        _rest = source.Rest;
        _restDone = source.RestDone;
        _buffer = source.Prefix;
        _start = source.Start;
        _end = source.End;
        LineStart = LineEnd = _start;
    }

    /// <summary>The window's bytes; <see cref="LineStart"/> and <see cref="LineEnd"/> index into it.</summary>
    public byte[] Buffer => _buffer;
    /// <summary>The current line's first byte.</summary>
    public int LineStart { get; private set; }
    /// <summary>Just past the current line's last byte (its LF or CRLF not included).</summary>
    public int LineEnd { get; private set; }
    /// <summary>The 1-based number of the current line.</summary>
    public int Line { get; private set; }

    /// <summary>
    /// Whether the current line is known to be well-formed UTF-8 without U+FDD0 (what
    /// <see cref="Utf8Check.Inspect"/> looks for). The window's complete lines are checked together,
    /// once, a few hundred kilobytes at a time: most inventories need no line checked alone. False
    /// only means "not known": the caller checks the line itself.
    /// </summary>
    public bool LineIsCheckedUtf8
    {
        get
        {
            if (LineEnd > _checkFrom) CheckAhead();
            return LineEnd <= _checkedEnd;
        }
    }

    // Checks every complete line from the current one to the last line break in the window. Text
    // well formed as a whole is well formed in every piece cut at a line break (an ASCII byte is
    // never inside a sequence).
    private void CheckAhead()
    {
        var lastBreak = Array.LastIndexOf(_buffer, (byte)'\n', _end - 1, _end - LineStart);
        if (lastBreak < LineEnd)
        {
            _checkFrom = LineEnd;
            return;
        }
        if (Utf8Check.IsWellFormed(_buffer, LineStart, lastBreak - LineStart)) _checkedEnd = lastBreak;
        _checkFrom = lastBreak;
    }

    /// <summary>
    /// Moves to the next line; false at the end of the text, or when the line is longer than
    /// <paramref name="maxLength"/> bytes: <paramref name="tooLong"/> then says so, and the line is
    /// current (for <see cref="Remainder"/>) but its end unknown.
    /// </summary>
    public bool Next(int maxLength, out bool tooLong)
    {
        tooLong = false;
        var scanFrom = _start;
        while (true)
        {
            var newline = Array.IndexOf(_buffer, (byte)'\n', scanFrom, _end - scanFrom);
            if (newline >= 0)
            {
                if (newline - _start > maxLength) return TooLong(out tooLong);
                LineStart = _start;
                LineEnd = newline > _start && _buffer[newline - 1] == (byte)'\r' ? newline - 1 : newline;
                _start = newline + 1;
                Line++;
                return true;
            }
            if (_end - _start > maxLength) return TooLong(out tooLong);
            if (_restDone)
            {
                if (_end == _start) return false;
                // The last line, without a line break.
                LineStart = _start;
                LineEnd = _end;
                _start = _end;
                Line++;
                return true;
            }
            scanFrom = _end - _start;
            Fill();
            scanFrom += _start;
        }
    }

    private bool TooLong(out bool tooLong)
    {
        tooLong = true;
        LineStart = _start;
        LineEnd = _start;
        Line++;
        return false;
    }

    /// <summary>Everything from the current line's start on: the bytes in the window, then the rest of the stream.</summary>
    public (byte[] Buffer, int Start, int End, Stream? Stream) Remainder() =>
        (_buffer, LineStart, _end, _restDone ? null : _rest);

    /// <summary>Keeps the unconsumed bytes (the current line among them) and reads more behind them.</summary>
    private void Fill()
    {
        var keepFrom = Math.Min(_start, LineStart);
        var kept = _end - keepFrom;
        var target = _buffer.Length >= ChunkBytes && kept <= _buffer.Length / 2 ? _buffer : new byte[Math.Max(ChunkBytes, kept * 2)];
        Array.Copy(_buffer, keepFrom, target, 0, kept);
        LineStart -= keepFrom;
        LineEnd -= keepFrom;
        _checkedEnd = Math.Max(0, _checkedEnd - keepFrom);
        _checkFrom = Math.Max(0, _checkFrom - keepFrom);
        _start -= keepFrom;
        _end = kept;
        _buffer = target;
        while (_end < _buffer.Length)
        {
            var read = _rest.Read(_buffer, _end, _buffer.Length - _end);
            if (read == 0)
            {
                _restDone = true;
                return;
            }
            _end += read;
            // One read is enough to go on with; the caller asks again when it needs more.
            if (_end - _start >= ChunkBytes / 2) return;
        }
    }
}
