using System.IO;

namespace LiveAccess.Core.Inventory.Decoding;

/// <summary>The bytes behind a UTF-8 text, for readers that parse UTF-8 themselves.</summary>
internal sealed partial class DecodingReader
{
    /// <summary>
    /// Hands over the undecoded bytes of a UTF-8 text that nothing has read yet: the sniffed prefix
    /// (byte order mark already skipped) and the rest of the stream. False, handing over nothing,
    /// for any other encoding or once reading has begun. The reader must not be read afterwards.
    /// </summary>
    public bool TryTakeUtf8Bytes(out ByteSource bytes)
    {
        bytes = default;
        if (EncodingName != "UTF-8" || !_atStart || _charLen != 0 || _charPos != 0) return false;
        bytes = new ByteSource(_bytes, _bytePos, _byteLen, _stream, _streamDone);
        _atStart = false;
        _streamDone = true;
        _bytePos = _byteLen;
        _flushed = true;
        return true;
    }
}

/// <summary>Bytes already read (<see cref="Prefix"/> from <see cref="Start"/> to <see cref="End"/>) and the stream they came from.</summary>
internal readonly struct ByteSource
{
    public ByteSource(byte[] prefix, int start, int end, Stream rest, bool restDone)
    {
        Prefix = prefix;
        Start = start;
        End = end;
        Rest = rest;
        RestDone = restDone;
    }

    public byte[] Prefix { get; }
    public int Start { get; }
    public int End { get; }
    public Stream Rest { get; }
    /// <summary>True when the prefix already holds the whole stream.</summary>
    public bool RestDone { get; }
}
