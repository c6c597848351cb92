using System;
using System.Net;

namespace LiveAccess.Core.Matrix;

/// <summary>Escaping for the HTML page: every text from rules or inventories goes through here.</summary>
public static class HtmlText
{
    /// <summary>The text HTML-encoded for element content and double- or single-quoted attribute values.</summary>
    public static string Encode(string? text) => string.IsNullOrEmpty(text) ? string.Empty : WebUtility.HtmlEncode(text);

    /// <summary>The URL when it is an absolute http(s) URL (safe to link to), else null.</summary>
    public static string? SafeUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps) ? u.AbsoluteUri : null;
}
