using System;
using System.Runtime.CompilerServices;
#if NET
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
#endif

namespace LiveAccess.Core.Inventory.Csv.Fast;

/// <summary>
/// Splits one physical line of comma-separated UTF-8 into fields exactly as the CsvHelper reader
/// (trimming on) reads the plain cases: unquoted fields trimmed of spaces and tabs, quoted fields
/// <c>"..."</c> taken as written inside with <c>""</c> for a quote. Anything else (a quote inside
/// an unquoted field, text or white space around a quoted one, a quote left open, a lone CR) is
/// not split: the line is unusual and the full reader must read it.
/// </summary>
internal sealed class CsvLine
{
    private Bounds[] _fields = new Bounds[16];
    private byte[] _scratch = new byte[256];

    /// <summary>Fields found by the last <see cref="Split"/>.</summary>
    public int Count { get; private set; }

    /// <summary>Splits the line; false when it is unusual.</summary>
    public bool Split(byte[] buffer, int start, int end)
    {
        // Most lines hold no quote and no CR: then commas are all there is to find.
        if (SplitPlain(buffer, start, end)) return true;
        Count = 0;
        var i = start;
        while (true)
        {
            if (i < end && buffer[i] == (byte)'"')
            {
                // Quoted: up to the quote that is not doubled, which must end the field.
                var escaped = false;
                var j = i + 1;
                while (true)
                {
                    var quote = Array.IndexOf(buffer, (byte)'"', j, end - j);
                    if (quote < 0) return false; // left open: a value over several lines, or a broken quote
                    if (quote + 1 < end && buffer[quote + 1] == (byte)'"')
                    {
                        escaped = true;
                        j = quote + 2;
                        continue;
                    }
                    if (quote + 1 < end && buffer[quote + 1] != (byte)',') return false; // text after the closing quote
                    if (HasCarriageReturn(buffer, i + 1, quote)) return false;
                    Add(i + 1, quote - i - 1, escaped);
                    i = quote + 1;
                    break;
                }
            }
            else
            {
                var comma = Array.IndexOf(buffer, (byte)',', i, end - i);
                var fieldEnd = comma < 0 ? end : comma;
                if (Array.IndexOf(buffer, (byte)'"', i, fieldEnd - i) >= 0) return false;
                if (HasCarriageReturn(buffer, i, fieldEnd)) return false;
                var s = i;
                var e = fieldEnd;
                while (s < e && buffer[s] is (byte)' ' or (byte)'\t') s++;
                while (e > s && buffer[e - 1] is (byte)' ' or (byte)'\t') e--;
                Add(s, e - s, false);
                i = fieldEnd;
            }
            if (i >= end) return true;
            i++; // the comma
            if (i == end)
            {
                Add(end, 0, false); // a comma ends the line: one more, empty field
                return true;
            }
        }
    }

    private bool SplitPlain(byte[] buffer, int start, int end) =>
#if NET
        Vector256.IsHardwareAccelerated ? SplitPlainByBlocks(buffer, start, end) :
#endif
        SplitPlainByFields(buffer, start, end);

    /// <summary>A line without quotes or CRs split one search per field for whatever ends it or makes the line unusual; false for any other line.</summary>
    internal bool SplitPlainByFields(byte[] buffer, int start, int end)
    {
        Count = 0;
        var i = start;
        while (true)
        {
            var next = new ReadOnlySpan<byte>(buffer, i, end - i).IndexOfAny((byte)',', (byte)'"', (byte)'\r');
            if (next < 0) break;
            if (buffer[i + next] != (byte)',') return false;
            AddTrimmed(buffer, i, i + next);
            i += next + 1;
        }
        AddTrimmed(buffer, i, end); // after a comma that ends the line: one more, empty field
        return true;
    }

#if NET
    /// <summary>
    /// As <see cref="SplitPlainByFields"/>, 32 bytes at a time: each block's commas, quotes and CRs
    /// found at once as bits (a line of an inventory is a few blocks, where a search per field
    /// costs a call each). A block may reach past the line into the bytes after it (the next line)
    /// but never past the buffer: the last bytes before the buffer's end are looked at one by one.
    /// </summary>
    internal bool SplitPlainByBlocks(byte[] buffer, int start, int end)
    {
        Count = 0;
        ref var origin = ref MemoryMarshal.GetArrayDataReference(buffer);
        var commas = Vector256.Create((byte)',');
        var quotes = Vector256.Create((byte)'"');
        var returns = Vector256.Create((byte)'\r');
        var fieldStart = start;
        var at = start;
        for (; at < end && buffer.Length - at >= Vector256<byte>.Count; at += Vector256<byte>.Count)
        {
            var block = Vector256.LoadUnsafe(ref origin, (nuint)at);
            var comma = Vector256.Equals(block, commas).ExtractMostSignificantBits();
            var unusual = (Vector256.Equals(block, quotes) | Vector256.Equals(block, returns)).ExtractMostSignificantBits();
            var left = end - at;
            if (left < Vector256<byte>.Count)
            {
                // The line ends in this block: what comes after it is not the line's.
                var mine = (1u << left) - 1;
                comma &= mine;
                unusual &= mine;
            }
            if (unusual != 0) return false;
            while (comma != 0)
            {
                var commaAt = at + BitOperations.TrailingZeroCount(comma);
                AddTrimmed(buffer, fieldStart, commaAt);
                fieldStart = commaAt + 1;
                comma &= comma - 1;
            }
        }
        for (; at < end; at++)
        {
            var b = buffer[at];
            if (b == (byte)',')
            {
                AddTrimmed(buffer, fieldStart, at);
                fieldStart = at + 1;
            }
            else if (b is (byte)'"' or (byte)'\r') return false;
        }
        AddTrimmed(buffer, fieldStart, end); // after a comma that ends the line: one more, empty field
        return true;
    }
#endif

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AddTrimmed(byte[] buffer, int s, int e)
    {
        while (s < e && buffer[s] is (byte)' ' or (byte)'\t') s++;
        while (e > s && buffer[e - 1] is (byte)' ' or (byte)'\t') e--;
        Add(s, e - s, false);
    }

    /// <summary>The bytes of field <paramref name="index"/>: its offset in the line's buffer and length, or in a scratch buffer (valid until the next call) when it held doubled quotes.</summary>
    public (byte[] Buffer, int Start, int Length) Field(byte[] buffer, int index)
    {
        var field = _fields[index];
        if (!field.Escaped) return (buffer, field.Start, field.Length);
        var source = new ReadOnlySpan<byte>(buffer, field.Start, field.Length);
        if (_scratch.Length < source.Length) _scratch = new byte[source.Length * 2];
        var n = 0;
        for (var k = 0; k < source.Length; k++)
        {
            _scratch[n++] = source[k];
            if (source[k] == (byte)'"') k++; // "" is one quote
        }
        return (_scratch, 0, n);
    }

    /// <summary>
    /// The bytes of field <paramref name="index"/> as the line holds them (empty for a field the
    /// line lacks: a negative index); false when it held doubled quotes (its value is then not the
    /// line's bytes: see <see cref="Field"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryAsWritten(byte[] buffer, int index, out ReadOnlySpan<byte> value)
    {
        if (index < 0)
        {
            value = default;
            return true;
        }
        var field = _fields[index];
        if (field.Escaped)
        {
            value = default;
            return false;
        }
        value = new ReadOnlySpan<byte>(buffer, field.Start, field.Length);
        return true;
    }

    /// <summary>
    /// Whether field <paramref name="index"/>, as the line holds it, is well-formed UTF-8 without
    /// U+FDD0 (<see cref="Utf8Check"/>); true for a field the line lacks (a negative index).
    /// </summary>
    public bool IsWellFormed(byte[] buffer, int index)
    {
        if (index < 0) return true;
        var start = _fields[index].Start;
        var length = _fields[index].Length;
        return Utf8Check.IsAscii(new ReadOnlySpan<byte>(buffer, start, length)) || Utf8Check.IsWellFormed(buffer, start, length);
    }

    /// <summary>Whether field <paramref name="index"/> held doubled quotes (its bytes are then not the line's as written).</summary>
    public bool IsEscaped(int index) => _fields[index].Escaped;

    private static bool HasCarriageReturn(byte[] buffer, int from, int to) =>
        to > from && Array.IndexOf(buffer, (byte)'\r', from, to - from) >= 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Add(int start, int length, bool escaped)
    {
        if (Count == _fields.Length) Array.Resize(ref _fields, Count * 2);
        _fields[Count] = new Bounds(start, length, escaped);
        Count++;
    }

    /// <summary>Where a field's bytes are, and whether it held doubled quotes.</summary>
    private readonly struct Bounds
    {
        public Bounds(int start, int length, bool escaped)
        {
            Start = start;
            Length = length;
            Escaped = escaped;
        }

        public int Start { get; }
        public int Length { get; }
        public bool Escaped { get; }
    }
}
