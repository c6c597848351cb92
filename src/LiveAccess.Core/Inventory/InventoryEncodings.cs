using System;
using System.Text;

namespace LiveAccess.Core.Inventory;

/// <summary>
/// Turns an encoding name a user types (<c>utf-8</c>, <c>utf8</c>, <c>gb18030</c>, <c>gbk</c>,
/// <c>utf-16</c>...) into an <see cref="Encoding"/> for <see cref="InventoryOptions.Encoding"/>,
/// code pages included on every runtime. Every front (CLI <c>--encoding</c>, cmdlets <c>-Encoding</c>)
/// uses this, so they accept the same names.
/// </summary>
public static class InventoryEncodings
{
    static InventoryEncodings() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The encoding with a name; throws <see cref="ArgumentException"/> for a name .NET does not know.</summary>
    public static Encoding Get(string name)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("An encoding name is required.", nameof(name));
        var key = name.Trim();
        if (string.Equals(key, "utf8", StringComparison.OrdinalIgnoreCase)) key = "utf-8";
        else if (string.Equals(key, "utf16", StringComparison.OrdinalIgnoreCase)) key = "utf-16";
        return Encoding.GetEncoding(key);
    }
}
