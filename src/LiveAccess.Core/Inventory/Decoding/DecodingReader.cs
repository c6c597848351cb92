using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace LiveAccess.Core.Inventory.Decoding;

/// <summary>
/// Decodes an inventory stream chunk by chunk (the sniffed prefix first, then the rest of the
/// stream), so no file is ever held whole. Bytes that are not valid in the chosen encoding become
/// U+FFFD and their lines are remembered (<see cref="HasInvalidBytes"/>), so the row holding them
/// is reported instead of read garbled. A leading byte order mark is dropped. The stream stays
/// its owner's to close.
/// </summary>
internal sealed partial class DecodingReader : TextReader
{
    private const int ChunkChars = 16 * 1024;
    private readonly Stream _stream;
    private readonly Decoder _decoder;
    private readonly MarkingDecoderFallback _fallback;
    private readonly bool _unicodeLineBreaks;
    private readonly Queue<int> _invalidLines = new();
    private byte[] _bytes;
    private int _bytePos;
    private int _byteLen;
    private bool _streamDone;
    private bool _flushed;
    private readonly char[] _chars = new char[ChunkChars];
    private int _charPos;
    private int _charLen;
    private bool _atStart = true;
    private int _line = 1;
    private bool _pendingCr;
    private int _lastInvalidLine;

    /// <param name="prefix">The bytes already read from the start of the stream.</param>
    /// <param name="prefixLength">How many of them are valid.</param>
    /// <param name="skip">Byte order mark length to skip.</param>
    /// <param name="rest">The rest of the stream.</param>
    /// <param name="streamDone">Whether the prefix already holds the whole stream.</param>
    /// <param name="encoding">The encoding to decode with.</param>
    /// <param name="unicodeLineBreaks">Whether NEL, LS and PS count as line breaks (YAML counts them).</param>
    public DecodingReader(byte[] prefix, int prefixLength, int skip, Stream rest, bool streamDone, System.Text.Encoding encoding, bool unicodeLineBreaks)
    {
        _bytes = prefix;
        _bytePos = skip;
        _byteLen = prefixLength;
        _stream = rest;
        _streamDone = streamDone;
        _fallback = new MarkingDecoderFallback();
        var marking = (System.Text.Encoding)encoding.Clone();
        marking.DecoderFallback = _fallback;
        _decoder = marking.GetDecoder();
        EncodingName = EncodingNames.Display(encoding);
        _unicodeLineBreaks = unicodeLineBreaks;
    }

    /// <summary>The encoding's name as shown to users (<c>UTF-8</c>, <c>GB18030</c>, <c>UTF-16LE</c>...).</summary>
    public string EncodingName { get; }

    /// <summary>The last line (1-based) that held bytes invalid in the encoding; 0 when none so far.</summary>
    public int LastInvalidLine => _lastInvalidLine;

    /// <summary>
    /// Whether any line from <paramref name="firstLine"/> to <paramref name="lastLine"/> held invalid
    /// bytes. Lines before <paramref name="firstLine"/> are forgotten: ask in increasing order.
    /// </summary>
    public bool HasInvalidBytes(int firstLine, int lastLine)
    {
        while (_invalidLines.Count > 0 && _invalidLines.Peek() < firstLine) _invalidLines.Dequeue();
        return _invalidLines.Count > 0 && _invalidLines.Peek() <= lastLine;
    }

    /// <summary>The first invalid line from <paramref name="firstLine"/> on that has been decoded, or 0.</summary>
    public int FirstInvalidLineFrom(int firstLine) =>
        HasInvalidBytes(firstLine, int.MaxValue) ? _invalidLines.Peek() : 0;

    public override int Peek()
    {
        if (_charPos == _charLen && !Fill()) return -1;
        return _chars[_charPos];
    }

    public override int Read()
    {
        if (_charPos == _charLen && !Fill()) return -1;
        return _chars[_charPos++];
    }

    public override int Read(char[] buffer, int index, int count)
    {
        if (buffer is null) throw new ArgumentNullException(nameof(buffer));
        if (count == 0) return 0;
        if (_charPos == _charLen && !Fill()) return 0;
        var n = Math.Min(count, _charLen - _charPos);
        Array.Copy(_chars, _charPos, buffer, index, n);
        _charPos += n;
        return n;
    }

    private bool Fill()
    {
        _charPos = 0;
        _charLen = 0;
        while (_charPos == _charLen)
        {
            _charPos = 0;
            if (_bytePos == _byteLen && !_streamDone)
            {
                if (_bytes.Length < ChunkChars) _bytes = new byte[ChunkChars];
                _byteLen = _stream.Read(_bytes, 0, _bytes.Length);
                _bytePos = 0;
                if (_byteLen == 0) _streamDone = true;
            }
            var last = _streamDone && _bytePos == _byteLen;
            if (last && _flushed) return false;
            _fallback.Count = 0;
            _decoder.Convert(_bytes, _bytePos, _byteLen - _bytePos, _chars, 0, _chars.Length, last,
                out var bytesUsed, out var charsUsed, out var completed);
            _bytePos += bytesUsed;
            _charLen = charsUsed;
            if (last && completed) _flushed = true;
            Scan();
        }
        return true;
    }

    /// <summary>Drops a leading BOM, counts lines and turns fallback markers into U+FFFD, noting their lines.</summary>
    private void Scan()
    {
        if (_atStart && _charLen > 0)
        {
            _atStart = false;
            if (_chars[0] == '\uFEFF') _charPos = 1;
        }
        var marked = _fallback.Count > 0;
        for (var i = _charPos; i < _charLen; i++)
        {
            var c = _chars[i];
            if (c == '\n')
            {
                if (!_pendingCr) _line++;
                _pendingCr = false;
                continue;
            }
            _pendingCr = false;
            if (c == '\r')
            {
                _line++;
                _pendingCr = true;
            }
            else if (marked && c == MarkingDecoderFallback.Marker)
            {
                _chars[i] = '\uFFFD';
                if (_lastInvalidLine != _line)
                {
                    _lastInvalidLine = _line;
                    _invalidLines.Enqueue(_line);
                }
            }
            else if (_unicodeLineBreaks && (c == '\u0085' || c == '\u2028' || c == '\u2029'))
            {
                _line++;
            }
        }
    }

}
