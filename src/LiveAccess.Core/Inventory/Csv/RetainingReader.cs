using System;
using System.Collections.Generic;
using System.IO;

namespace LiveAccess.Core.Inventory.Csv;

/// <summary>
/// A text reader that keeps what it has handed out since the last <see cref="Release"/>, with the
/// offset of each line start, so that reading can start again at a later line
/// (<see cref="RewindTo"/>) after a record that swallowed the lines below it (an unbalanced
/// quote). It holds one record plus the CSV parser's read-ahead, never the file.
/// </summary>
internal sealed class RetainingReader : TextReader
{
    private const int FirstLinePeekLimit = 1024 * 1024;
    private readonly TextReader _source;
    private readonly List<long> _lineStarts = new() { 0 };
    private char[] _buffer = new char[64 * 1024];
    private long _bufferOffset;
    private int _end;
    private int _pos;
    private long _keepFrom;
    private int _firstLine = 1;
    private int _lineHead;
    private bool _pendingCr;
    private bool _sourceDone;

    public RetainingReader(TextReader source) => _source = source;

    /// <summary>The line the next read starts on, as set by <see cref="RewindTo"/> (1 at first).</summary>
    public int CurrentLine { get; private set; } = 1;

    /// <summary>
    /// The first line from <paramref name="fromLine"/> on that holds anything but white space, and
    /// its number, without consuming anything; null when there is none.
    /// </summary>
    public string? PeekContentLine(int fromLine, out int line)
    {
        line = Math.Max(fromLine, _firstLine);
        while (true)
        {
            while (line < LastKnownLine() || (_sourceDone && line <= LastKnownLine()))
            {
                var text = LineText(line);
                if (text.Trim().Length > 0) return text;
                line++;
            }
            if (_sourceDone) return null;
            if (_end - _pos > FirstLinePeekLimit) return LineText(line);
            Append();
        }
    }

    /// <summary>Lines before <paramref name="line"/> will not be read again.</summary>
    public void Release(int line)
    {
        while (_firstLine < line && _lineHead + 1 < _lineStarts.Count)
        {
            _lineHead++;
            _firstLine++;
        }
        _keepFrom = Math.Max(_keepFrom, _lineStarts[_lineHead]);
        if (_lineHead > 4096 && _lineHead * 2 > _lineStarts.Count)
        {
            _lineStarts.RemoveRange(0, _lineHead);
            _lineHead = 0;
        }
    }

    /// <summary>Makes the next read start at the beginning of <paramref name="line"/> (at the end when the text ends first).</summary>
    public void RewindTo(int line)
    {
        if (line < _firstLine) throw new InvalidOperationException($"Line {line} was released.");
        while (line > LastKnownLine() && !_sourceDone) Append();
        _pos = line > LastKnownLine() ? _end : (int)(_lineStarts[_lineHead + line - _firstLine] - _bufferOffset);
        CurrentLine = line;
        Release(line);
    }

    public override int Peek()
    {
        if (_pos == _end && !Append()) return -1;
        return _buffer[_pos];
    }

    public override int Read()
    {
        if (_pos == _end && !Append()) return -1;
        return _buffer[_pos++];
    }

    public override int Read(char[] buffer, int index, int count)
    {
        if (buffer is null) throw new ArgumentNullException(nameof(buffer));
        if (count == 0) return 0;
        if (_pos == _end && !Append()) return 0;
        var n = Math.Min(count, _end - _pos);
        Array.Copy(_buffer, _pos, buffer, index, n);
        _pos += n;
        return n;
    }

    private int LastKnownLine() => _firstLine + (_lineStarts.Count - 1 - _lineHead);

    private string LineText(int line)
    {
        var start = (int)(_lineStarts[_lineHead + line - _firstLine] - _bufferOffset);
        var end = line < LastKnownLine() ? (int)(_lineStarts[_lineHead + line + 1 - _firstLine] - _bufferOffset) : _end;
        return new string(_buffer, start, end - start).TrimEnd('\r', '\n');
    }

    /// <summary>Reads more of the source behind what is kept; false at its end.</summary>
    private bool Append()
    {
        if (_sourceDone) return false;
        if (_end == _buffer.Length)
        {
            var shift = (int)(_keepFrom - _bufferOffset);
            if (shift > 0 && shift <= _pos)
            {
                Array.Copy(_buffer, shift, _buffer, 0, _end - shift);
                _end -= shift;
                _pos -= shift;
                _bufferOffset += shift;
            }
            if (_end > _buffer.Length / 2) Array.Resize(ref _buffer, _buffer.Length * 2);
        }
        var read = _source.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _sourceDone = true;
            return false;
        }
        for (var i = _end; i < _end + read; i++)
        {
            var c = _buffer[i];
            if (c == '\n')
            {
                if (_pendingCr) _lineStarts[_lineStarts.Count - 1] = _bufferOffset + i + 1;
                else _lineStarts.Add(_bufferOffset + i + 1);
                _pendingCr = false;
            }
            else if (c == '\r')
            {
                _lineStarts.Add(_bufferOffset + i + 1);
                _pendingCr = true;
            }
            else
            {
                _pendingCr = false;
            }
        }
        _end += read;
        return true;
    }
}
