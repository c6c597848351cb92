using System;
using System.IO;

namespace LiveAccess.Core.Inventory.Csv.Fast;

/// <summary>
/// A read-only stream made of a head (the header line), a run of empty lines, the bytes left in a
/// window and the rest of the original stream (not disposed here: its owner closes it). With as
/// many empty lines as rows were already read, the full reader sees the rest of the file on the
/// very lines it has in the file, so its rows, line numbers and messages are the ones it would
/// have given reading the file from the start.
/// </summary>
internal sealed class SpliceStream : Stream
{
    private readonly byte[] _head;
    private readonly byte[] _window;
    private readonly int _windowEnd;
    private readonly Stream? _rest;
    private int _headPos;
    private long _emptyLines;
    private int _windowPos;

    public SpliceStream(byte[] head, long emptyLines, byte[] window, int windowStart, int windowEnd, Stream? rest)
    {
        _head = head;
        _emptyLines = emptyLines;
        _window = window;
        _windowPos = windowStart;
        _windowEnd = windowEnd;
        _rest = rest;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (buffer is null) throw new ArgumentNullException(nameof(buffer));
        if (count == 0) return 0;
        if (_headPos < _head.Length)
        {
            var n = Math.Min(count, _head.Length - _headPos);
            Array.Copy(_head, _headPos, buffer, offset, n);
            _headPos += n;
            return n;
        }
        if (_emptyLines > 0)
        {
            var n = (int)Math.Min(count, _emptyLines);
            buffer.AsSpan(offset, n).Fill((byte)'\n');
            _emptyLines -= n;
            return n;
        }
        if (_windowPos < _windowEnd)
        {
            var n = Math.Min(count, _windowEnd - _windowPos);
            Array.Copy(_window, _windowPos, buffer, offset, n);
            _windowPos += n;
            return n;
        }
        return _rest?.Read(buffer, offset, count) ?? 0;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
