using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace LiveAccess.Core.Ci;

/// <summary>
/// GitHub Actions workflow commands. The message part escapes <c>%</c>, CR and LF; property
/// values also escape <c>:</c> and <c>,</c>, which would otherwise end the value.
/// </summary>
public static class GitHubCommands
{
    /// <summary>Escapes a command's message.</summary>
    public static string EscapeData(string? value) => Escape(value, property: false);

    /// <summary>Escapes a property value (<c>file</c>, <c>title</c>...).</summary>
    public static string EscapeProperty(string? value) => Escape(value, property: true);

    /// <summary>
    /// An annotation line: <c>::error file=…,line=…,title=…::message</c> (or <c>warning</c>, <c>notice</c>);
    /// absent properties are left out.
    /// </summary>
    public static string Annotation(string level, string message, string? file = null, int line = 0, string? title = null)
    {
        var properties = new List<string>();
        if (!string.IsNullOrEmpty(file)) properties.Add("file=" + EscapeProperty(file));
        if (!string.IsNullOrEmpty(file) && line > 0) properties.Add("line=" + line.ToString(CultureInfo.InvariantCulture));
        if (!string.IsNullOrEmpty(title)) properties.Add("title=" + EscapeProperty(title));
        var head = properties.Count == 0 ? "::" + level : "::" + level + " " + string.Join(",", properties);
        return head + "::" + EscapeData(message);
    }

    private static string Escape(string? value, bool property)
    {
        if (string.IsNullOrEmpty(value)) return string.Empty;
        var sb = new StringBuilder(value!.Length + 8);
        foreach (var c in value)
        {
            switch (c)
            {
                case '%': sb.Append("%25"); break;
                case '\r': sb.Append("%0D"); break;
                case '\n': sb.Append("%0A"); break;
                case ':' when property: sb.Append("%3A"); break;
                case ',' when property: sb.Append("%2C"); break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }
}
