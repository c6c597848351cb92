using System;
using System.IO;
using System.Text;
using System.Threading.Tasks;

namespace LiveAccess.Core.Reports;

/// <summary>
/// UTF-8 bytes straight to the stream under a <see cref="StreamWriter"/>, through one large buffer:
/// for writers that send the same encoded fragments millions of times. The stream writer is
/// flushed first (its byte order mark and anything it holds go out before), and must not be
/// written to again until <see cref="Settle"/>. With <see cref="WriteBehind"/>, a full buffer is
/// written on another thread while the next one fills (the kernel's copy of a large report then
/// costs the deciding thread nothing); a failure to write is thrown by the next call that sends.
/// </summary>
internal sealed class Utf8Output
{
    private const int BufferBytes = 256 * 1024;
    private const int BehindBufferBytes = 1024 * 1024;
    private static readonly UTF8Encoding Utf8 = new(false);
    private readonly Stream _stream;
    private byte[] _buffer = new byte[BufferBytes];
    private byte[]? _spare;
    private Task? _sending;
    private bool _behind;
    private int _used;

    private Utf8Output(Stream stream) => _stream = stream;

    /// <summary>The byte output under <paramref name="writer"/>, or null when it does not write UTF-8 to a stream.</summary>
    public static Utf8Output? Under(TextWriter writer)
    {
        if (writer is not StreamWriter { Encoding: UTF8Encoding } streamWriter) return null;
        streamWriter.Flush();
        return new Utf8Output(streamWriter.BaseStream);
    }

    /// <summary>From now on, full buffers are written on another thread (two buffers of a megabyte).</summary>
    public void WriteBehind()
    {
        if (_behind) return;
        Drain();
        _behind = true;
        _buffer = new byte[BehindBufferBytes];
        _spare = new byte[BehindBufferBytes];
    }

    public void Write(byte[] bytes)
    {
        if (bytes.Length > _buffer.Length - _used)
        {
            Write(new ReadOnlySpan<byte>(bytes));
            return;
        }
        Buffer.BlockCopy(bytes, 0, _buffer, _used, bytes.Length);
        _used += bytes.Length;
    }

    public void Write(ReadOnlySpan<byte> bytes)
    {
        while (bytes.Length > _buffer.Length - _used)
        {
            var room = _buffer.Length - _used;
            bytes.Slice(0, room).CopyTo(new Span<byte>(_buffer, _used, room));
            _used += room;
            bytes = bytes.Slice(room);
            Drain();
        }
        bytes.CopyTo(new Span<byte>(_buffer, _used, bytes.Length));
        _used += bytes.Length;
    }

    public void Write(string text)
    {
        if (text.Length == 0) return;
        var most = Utf8.GetMaxByteCount(text.Length);
        if (most > _buffer.Length - _used)
        {
            Drain();
            if (most > _buffer.Length)
            {
                Write(Utf8.GetBytes(text));
                return;
            }
        }
        _used += Utf8.GetBytes(text, 0, text.Length, _buffer, _used);
    }

    public void Write(byte ascii)
    {
        if (_used == _buffer.Length) Drain();
        _buffer[_used++] = ascii;
    }

    /// <summary>Sends everything buffered to the stream, waits until it is written, and flushes the stream.</summary>
    public void Flush()
    {
        Settle();
        _stream.Flush();
    }

    /// <summary>Sends everything buffered and waits until it is written: the stream may then be written to directly.</summary>
    public void Settle()
    {
        Drain();
        Wait();
    }

    /// <summary>Sends everything buffered to the stream (behind: starts sending it).</summary>
    public void Drain()
    {
        if (_used == 0) return;
        if (!_behind)
        {
            _stream.Write(_buffer, 0, _used);
            _used = 0;
            return;
        }
        Wait();
        var full = _buffer;
        var length = _used;
        _sending = Task.Run(() => _stream.Write(full, 0, length));
        _buffer = _spare!;
        _spare = full;
        _used = 0;
    }

    private void Wait()
    {
        if (_sending is not { } sending) return;
        _sending = null;
        sending.GetAwaiter().GetResult(); // the write's own exception (an IOException when the reader went away)
    }
}
