using System;
using System.Runtime.InteropServices;
using System.Text;

namespace LiveAccess.Core.Inventory.Csv.Fast;

/// <summary>
/// Whether bytes are well-formed UTF-8 (as the runtime's decoder judges them: no overlong forms, no
/// surrogates, nothing above U+10FFFF) and whether they hold U+FDD0, the noncharacter the decoding reader uses as its
/// mark for bad bytes (text holding it is left to that reader).
/// </summary>
internal static class Utf8Check
{
    private static readonly UTF8Encoding Strict = new(false, true);
    private static readonly byte[] Fdd0 = { 0xEF, 0xB7, 0x90 };

    /// <summary>True when every byte is ASCII (the common case, checked eight bytes at a time).</summary>
    public static bool IsAscii(ReadOnlySpan<byte> bytes)
    {
        ulong any = 0;
        foreach (var word in MemoryMarshal.Cast<byte, ulong>(bytes)) any |= word;
        for (var i = bytes.Length & ~7; i < bytes.Length; i++) any |= bytes[i];
        return (any & 0x8080808080808080UL) == 0;
    }

    /// <summary>Whether the bytes are well-formed UTF-8 without U+FDD0: then <see cref="Inspect"/> of any part cut at an ASCII byte says valid.</summary>
    public static bool IsWellFormed(byte[] buffer, int start, int length) =>
        Inspect(buffer, start, length, out var valid) && valid;

    /// <summary>Checks non-ASCII text: <paramref name="valid"/> is false when a sequence is malformed; the result is false when it holds U+FDD0.</summary>
    public static bool Inspect(byte[] buffer, int start, int length, out bool valid)
    {
        valid = true;
        if (new ReadOnlySpan<byte>(buffer, start, length).IndexOf(Fdd0) >= 0) return false;
        try
        {
            Strict.GetCharCount(buffer, start, length);
        }
        catch (DecoderFallbackException)
        {
            valid = false;
        }
        return true;
    }
}
