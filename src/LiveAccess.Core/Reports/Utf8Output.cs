using System;
using System.IO;
using System.Text;

namespace LiveAccess.Core.Reports;

/// <summary>
/// UTF-8 bytes straight to the stream under a <see cref="StreamWriter"/>, through one large buffer:
/// for writers that send the same encoded fragments millions of times. The stream writer is
/// flushed first (its byte order mark and anything it holds go out before), and must not be
/// written to again until <see cref="Flush"/>.
/// </summary>
internal sealed class Utf8Output
{
    private const int BufferBytes = 256 * 1024;
    private static readonly UTF8Encoding Utf8 = new(false);
    private readonly Stream _stream;
    private readonly byte[] _buffer = new byte[BufferBytes];
    private int _used;

    private Utf8Output(Stream stream) => _stream = stream;

    /// <summary>The byte output under <paramref name="writer"/>, or null when it does not write UTF-8 to a stream.</summary>
    public static Utf8Output? Under(TextWriter writer)
    {
        if (writer is not StreamWriter { Encoding: UTF8Encoding } streamWriter) return null;
        streamWriter.Flush();
        return new Utf8Output(streamWriter.BaseStream);
    }

    public void Write(byte[] bytes)
    {
        if (bytes.Length > _buffer.Length - _used)
        {
            Drain();
            if (bytes.Length > _buffer.Length)
            {
                _stream.Write(bytes, 0, bytes.Length);
                return;
            }
        }
        Buffer.BlockCopy(bytes, 0, _buffer, _used, bytes.Length);
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
                var bytes = Utf8.GetBytes(text);
                _stream.Write(bytes, 0, bytes.Length);
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

    /// <summary>Sends everything buffered to the stream and flushes it.</summary>
    public void Flush()
    {
        Drain();
        _stream.Flush();
    }

    /// <summary>Sends everything buffered to the stream.</summary>
    public void Drain()
    {
        if (_used == 0) return;
        _stream.Write(_buffer, 0, _used);
        _used = 0;
    }
}
