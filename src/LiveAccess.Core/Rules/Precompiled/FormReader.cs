using System;
using System.IO;
using System.Text;

namespace LiveAccess.Core.Rules.Precompiled;

/// <summary>
/// Reads what <see cref="BinaryWriter"/> wrote (little-endian integers, booleans, strings as a
/// 7-bit encoded byte count and UTF-8) from bytes in memory, decoding the UTF-8 itself: the first
/// use of the runtime's UTF-8 decoder costs a command's start several milliseconds, and the form
/// is the only text a single answer decodes. Anything it does not expect goes to that decoder.
/// </summary>
internal sealed class FormReader
{
    private readonly byte[] _bytes;
    private int _position;
    private char[] _chars = new char[256];

    public FormReader(byte[] bytes) => _bytes = bytes;

    /// <summary>The whole of a stream (a manifest resource), read now.</summary>
    public static FormReader Of(Stream stream)
    {
        using var memory = new MemoryStream(stream.CanSeek ? (int)Math.Max(0, stream.Length - stream.Position) : 64 * 1024);
        stream.CopyTo(memory);
        return new FormReader(memory.ToArray());
    }

    public bool AtEnd => _position >= _bytes.Length;

    public byte[] ReadBytes(int count)
    {
        var n = Math.Min(count, _bytes.Length - _position);
        var bytes = new byte[n];
        Array.Copy(_bytes, _position, bytes, 0, n);
        _position += n;
        return bytes;
    }

    public int ReadInt32()
    {
        if (_position + 4 > _bytes.Length) throw new EndOfStreamException();
        var value = _bytes[_position] | _bytes[_position + 1] << 8 | _bytes[_position + 2] << 16 | _bytes[_position + 3] << 24;
        _position += 4;
        return value;
    }

    public bool ReadBoolean()
    {
        if (_position >= _bytes.Length) throw new EndOfStreamException();
        return _bytes[_position++] != 0;
    }

    public string ReadString()
    {
        var length = Read7BitEncodedInt();
        if (length < 0 || _position + length > _bytes.Length) throw new EndOfStreamException();
        var text = Decode(_position, length);
        _position += length;
        return text;
    }

    private int Read7BitEncodedInt()
    {
        var value = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            if (_position >= _bytes.Length) throw new EndOfStreamException();
            var b = _bytes[_position++];
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) return value;
        }
        throw new InvalidDataException("Bad length in the precompiled defaults.");
    }

    private string Decode(int start, int length)
    {
        if (length == 0) return string.Empty;
        if (_chars.Length < length) _chars = new char[length * 2];
        var n = 0;
        var end = start + length;
        for (var i = start; i < end;)
        {
            int b = _bytes[i];
            if (b < 0x80)
            {
                _chars[n++] = (char)b;
                i++;
            }
            else if (b >= 0xC2 && b < 0xE0 && i + 1 < end && IsContinuation(i + 1))
            {
                _chars[n++] = (char)(((b & 0x1F) << 6) | (_bytes[i + 1] & 0x3F));
                i += 2;
            }
            else if (b >= 0xE0 && b < 0xF0 && i + 2 < end && IsContinuation(i + 1) && IsContinuation(i + 2))
            {
                var c = ((b & 0x0F) << 12) | ((_bytes[i + 1] & 0x3F) << 6) | (_bytes[i + 2] & 0x3F);
                if (c < 0x800 || (c >= 0xD800 && c <= 0xDFFF)) return Encoding.UTF8.GetString(_bytes, start, length);
                _chars[n++] = (char)c;
                i += 3;
            }
            else if (b >= 0xF0 && b < 0xF5 && i + 3 < end && IsContinuation(i + 1) && IsContinuation(i + 2) && IsContinuation(i + 3))
            {
                var c = ((b & 0x07) << 18) | ((_bytes[i + 1] & 0x3F) << 12) | ((_bytes[i + 2] & 0x3F) << 6) | (_bytes[i + 3] & 0x3F);
                if (c < 0x10000 || c > 0x10FFFF) return Encoding.UTF8.GetString(_bytes, start, length);
                c -= 0x10000;
                _chars[n++] = (char)(0xD800 + (c >> 10));
                _chars[n++] = (char)(0xDC00 + (c & 0x3FF));
                i += 4;
            }
            else
            {
                return Encoding.UTF8.GetString(_bytes, start, length);
            }
        }
        return new string(_chars, 0, n);
    }

    private bool IsContinuation(int i) => (_bytes[i] & 0xC0) == 0x80;
}
