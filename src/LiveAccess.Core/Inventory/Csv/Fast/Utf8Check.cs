using System;
using System.Runtime.InteropServices;

namespace LiveAccess.Core.Inventory.Csv.Fast;

/// <summary>
/// Whether bytes are well-formed UTF-8 (Unicode table 3-7: no overlong forms, no surrogates, nothing
/// above U+10FFFF) and whether they hold U+FDD0, the noncharacter the decoding reader uses as its
/// mark for bad bytes (text holding it is left to that reader).
/// </summary>
internal static class Utf8Check
{
    /// <summary>True when every byte is ASCII (the common case, checked eight bytes at a time).</summary>
    public static bool IsAscii(ReadOnlySpan<byte> bytes)
    {
        ulong any = 0;
        foreach (var word in MemoryMarshal.Cast<byte, ulong>(bytes)) any |= word;
        for (var i = bytes.Length & ~7; i < bytes.Length; i++) any |= bytes[i];
        return (any & 0x8080808080808080UL) == 0;
    }

    /// <summary>Checks non-ASCII text: <paramref name="valid"/> is false when a sequence is malformed; the result is false when it holds U+FDD0.</summary>
    public static bool Inspect(ReadOnlySpan<byte> bytes, out bool valid)
    {
        valid = true;
        var i = 0;
        while (i < bytes.Length)
        {
            var b = bytes[i];
            if (b < 0x80) { i++; continue; }
            int length;
            if (b >= 0xC2 && b <= 0xDF) length = 2;
            else if (b >= 0xE0 && b <= 0xEF) length = 3;
            else if (b >= 0xF0 && b <= 0xF4) length = 4;
            else { valid = false; i++; continue; }
            if (i + length > bytes.Length) { valid = false; return true; }
            var b1 = bytes[i + 1];
            var low = 0x80;
            var high = 0xBF;
            if (b == 0xE0) low = 0xA0;
            else if (b == 0xED) high = 0x9F;
            else if (b == 0xF0) low = 0x90;
            else if (b == 0xF4) high = 0x8F;
            if (b1 < low || b1 > high) { valid = false; i++; continue; }
            var ok = true;
            for (var k = 2; k < length; k++)
                if (bytes[i + k] < 0x80 || bytes[i + k] > 0xBF) ok = false;
            if (!ok) { valid = false; i++; continue; }
            if (length == 3 && b == 0xEF && b1 == 0xB7 && bytes[i + 2] == 0x90) return false; // U+FDD0
            i += length;
        }
        return true;
    }
}
