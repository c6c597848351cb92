using System;
using System.Globalization;

namespace LiveAccess.Core.Text;

/// <summary>The two languages LiveAccess speaks.</summary>
public enum Language
{
    /// <summary>English.</summary>
    English,
    /// <summary>Simplified Chinese (zh-CN).</summary>
    Chinese,
}

/// <summary>Choosing a language from a culture or a <c>--lang</c> value.</summary>
public static class Languages
{
    /// <summary>Chinese for any <c>zh*</c> culture, English otherwise.</summary>
    public static Language FromCulture(CultureInfo culture)
    {
        if (culture is null) throw new ArgumentNullException(nameof(culture));
        return culture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Language.Chinese : Language.English;
    }

    /// <summary>The current UI culture's language.</summary>
    public static Language Current => FromCulture(CultureInfo.CurrentUICulture);

    /// <summary>Parses <c>en</c>, <c>zh-CN</c> (also <c>zh</c>, <c>zh-Hans</c>); false for anything else.</summary>
    public static bool TryParse(string? value, out Language language)
    {
        language = Language.English;
        if (string.IsNullOrWhiteSpace(value)) return false;
        var v = value!.Trim();
        if (v.StartsWith("en", StringComparison.OrdinalIgnoreCase)) return true;
        if (v.StartsWith("zh", StringComparison.OrdinalIgnoreCase)) { language = Language.Chinese; return true; }
        return false;
    }

    /// <summary>The tag written in files: <c>en</c> or <c>zh-CN</c>.</summary>
    public static string Tag(this Language language) => language == Language.Chinese ? "zh-CN" : "en";
}
