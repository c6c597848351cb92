using LiveAccess.Core.Categories;
using LiveAccess.Core.Text;

namespace LiveAccess.Core.Inventory;

/// <summary>The readers' messages: catalogue texts in the reader's language, with values kept short.</summary>
internal static class InventoryText
{
    /// <summary>Longest value quoted in a message; a value of megabytes must not become a message of megabytes.</summary>
    public const int MaxQuotedLength = 80;

    public static string Format(Language language, string key, params object?[] args) => Messages.Format(language, key, args);

    /// <summary>A value as it may be quoted in a message: cleaned of control characters and shortened.</summary>
    public static string Quote(string? value)
    {
        if (value is null) return string.Empty;
        var head = value.Length > MaxQuotedLength * 4 ? value.Substring(0, MaxQuotedLength * 4) : value;
        var clean = TextNormalizer.Clean(head);
        return clean.Length <= MaxQuotedLength && head.Length == value.Length ? clean : clean.Substring(0, System.Math.Min(clean.Length, MaxQuotedLength)) + "…";
    }
}
