using System.Text;

namespace LiveAccess.Core.Inventory.Decoding;

/// <summary>
/// A decoder fallback that turns each undecodable byte sequence into <see cref="Marker"/> (a Unicode
/// noncharacter, reserved for exactly this kind of internal use) and counts how often it did, so
/// <see cref="DecodingReader"/> can tell which lines held bad bytes and report them as row errors
/// instead of passing garbled values on silently.
/// </summary>
internal sealed class MarkingDecoderFallback : DecoderFallback
{
    public const char Marker = '\uFDD0';

    /// <summary>Undecodable sequences seen since the last reset.</summary>
    public int Count { get; set; }

    public override int MaxCharCount => 1;

    public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this);

    private sealed class Buffer : DecoderFallbackBuffer
    {
        private readonly MarkingDecoderFallback _owner;
        private int _remaining;

        public Buffer(MarkingDecoderFallback owner) => _owner = owner;

        public override int Remaining => _remaining;

        public override bool Fallback(byte[] bytesUnknown, int index)
        {
            _owner.Count++;
            _remaining = 1;
            return true;
        }

        public override char GetNextChar()
        {
            if (_remaining == 0) return '\0';
            _remaining--;
            return Marker;
        }

        public override bool MovePrevious()
        {
            if (_remaining != 0) return false;
            _remaining = 1;
            return true;
        }

        public override void Reset() => _remaining = 0;
    }
}
