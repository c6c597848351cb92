using System;
using System.Text;
using LiveAccess.Core.Evaluation;

namespace LiveAccess.Core.Inventory.Csv.Fast;

/// <summary>
/// Turns a field's UTF-8 bytes into a string, giving the same string object for the same short
/// bytes: an inventory writes a handful of entity words, scenarios and category lists a million
/// times, and one string for each spares the decoding, the memory and, further on, the hashing.
/// Bounded: once full it stops learning. Not thread-safe (one per reader).
/// </summary>
internal sealed class FieldStrings
{
    private const int MaxCachedLength = 256;
    private const int Capacity = 8192;
    private static readonly UTF8Encoding Utf8 = new(false, false);
    private readonly ByteKeyTable<string> _known = new(Capacity);

    /// <summary>The string of <paramref name="length"/> bytes of <paramref name="buffer"/> from <paramref name="offset"/> (well-formed UTF-8).</summary>
    public string Get(byte[] buffer, int offset, int length)
    {
        if (length == 0) return string.Empty;
        if (length > MaxCachedLength) return Utf8.GetString(buffer, offset, length);
        var bytes = new ReadOnlySpan<byte>(buffer, offset, length);
        if (_known.TryFind(bytes, out var known)) return known;
        var text = Utf8.GetString(buffer, offset, length);
        _known.TryAdd(bytes, text);
        return text;
    }

    /// <summary>A string that is never cached (AppIds: each is written once).</summary>
    public static string Once(byte[] buffer, int offset, int length) =>
        length == 0 ? string.Empty : Utf8.GetString(buffer, offset, length);
}
