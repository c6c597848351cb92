using System;

namespace LiveAccess.Core.Reports.Shortcut;

/// <summary>
/// Recognises, on the bytes, a UTF-8 value that cleaning (<see cref="Categories.TextNormalizer.Clean"/>)
/// and writing as a CSV cell (<see cref="CsvCells.Write"/>) both leave as it is: printable ASCII
/// other than the quote and the comma, and CJK unified ideographs (U+4E00-U+9FFF), with single
/// spaces between words and none at either end, not starting as a spreadsheet formula would.
/// Most names in an inventory; any other value is cleaned and written the long way.
/// </summary>
internal static class PlainCell
{
    /// <summary>True when the bytes are such a value (and not empty).</summary>
    public static bool Is(ReadOnlySpan<byte> value)
    {
        if (value.Length == 0) return false;
        if (value[0] is (byte)'=' or (byte)'+' or (byte)'-' or (byte)'@' or (byte)' ' || value[value.Length - 1] == (byte)' ') return false;
        var space = false;
        for (var i = 0; i < value.Length; i++)
        {
            var b = value[i];
            if (b < 0x80)
            {
                if (b == (byte)' ')
                {
                    if (space) return false;
                    space = true;
                    continue;
                }
                if (b <= 0x20 || b == 0x7F || b == (byte)'"' || b == (byte)',') return false;
                space = false;
                continue;
            }
            // Three bytes E4 B8 80 (U+4E00) to E9 BF BF (U+9FFF).
            if (i + 2 >= value.Length) return false;
            var second = value[i + 1];
            if ((second & 0xC0) != 0x80 || (value[i + 2] & 0xC0) != 0x80) return false;
            if (b == 0xE4 ? second < 0xB8 : b is < 0xE5 or > 0xE9) return false;
            i += 2;
            space = false;
        }
        return true;
    }
}
