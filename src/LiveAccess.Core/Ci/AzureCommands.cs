using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace LiveAccess.Core.Ci;

/// <summary>
/// Azure DevOps logging commands (<c>##vso[area.action properties]message</c>). The agent
/// unescapes <c>%AZP25</c> to <c>%</c>, <c>%0D</c>/<c>%0A</c> to CR/LF, and in property values
/// <c>%3B</c> to <c>;</c> and <c>%5D</c> to <c>]</c>.
/// </summary>
public static class AzureCommands
{
    /// <summary>Escapes a command's message.</summary>
    public static string EscapeData(string? value) => Escape(value, property: false);

    /// <summary>Escapes a property value.</summary>
    public static string EscapeProperty(string? value) => Escape(value, property: true);

    /// <summary>
    /// <c>##vso[task.logissue type=error;sourcepath=…;linenumber=…;code=…]message</c>
    /// (type <c>error</c> or <c>warning</c>); absent properties are left out.
    /// </summary>
    public static string LogIssue(string type, string message, string? sourcePath = null, int line = 0, string? code = null)
    {
        var properties = new List<string> { "type=" + EscapeProperty(type) };
        if (!string.IsNullOrEmpty(sourcePath)) properties.Add("sourcepath=" + EscapeProperty(sourcePath));
        if (!string.IsNullOrEmpty(sourcePath) && line > 0) properties.Add("linenumber=" + line.ToString(CultureInfo.InvariantCulture));
        if (!string.IsNullOrEmpty(code)) properties.Add("code=" + EscapeProperty(code));
        return "##vso[task.logissue " + string.Join(";", properties) + "]" + EscapeData(message);
    }

    /// <summary><c>##vso[task.complete result=…]message</c>: Succeeded, SucceededWithIssues or Failed.</summary>
    public static string Complete(AzureTaskResult result, string? message = null) =>
        "##vso[task.complete result=" + result + ";]" + EscapeData(message);

    /// <summary><c>##vso[task.uploadsummary]path</c>: attaches a Markdown file to the build summary.</summary>
    public static string UploadSummary(string path) => "##vso[task.uploadsummary]" + EscapeData(path);

    private static string Escape(string? value, bool property)
    {
        if (string.IsNullOrEmpty(value)) return string.Empty;
        var sb = new StringBuilder(value!.Length + 8);
        foreach (var c in value)
        {
            switch (c)
            {
                case '%': sb.Append("%AZP25"); break;
                case '\r': sb.Append("%0D"); break;
                case '\n': sb.Append("%0A"); break;
                case ';' when property: sb.Append("%3B"); break;
                case ']' when property: sb.Append("%5D"); break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }
}

/// <summary>The results <c>task.complete</c> can set.</summary>
public enum AzureTaskResult
{
    /// <summary>Everything passed.</summary>
    Succeeded,
    /// <summary>Passed, with warnings (conditional decisions under the default gate).</summary>
    SucceededWithIssues,
    /// <summary>The gate failed or rows could not be read.</summary>
    Failed,
}
