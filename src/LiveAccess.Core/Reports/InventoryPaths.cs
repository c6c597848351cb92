using System;
using System.IO;
using System.Linq;

namespace LiveAccess.Core.Reports;

/// <summary>
/// The inventory path as CI systems want it: relative to the repository (workspace) root when it
/// lies inside it, with forward slashes; and as a relative URI reference for SARIF.
/// </summary>
public static class InventoryPaths
{
    /// <summary>
    /// <paramref name="path"/> relative to <paramref name="baseDirectory"/> (the current directory when null)
    /// when it lies inside it, else as given; always with forward slashes. Null for stdin (<c>-</c>) or no path.
    /// </summary>
    public static string? Relative(string? path, string? baseDirectory = null)
    {
        if (string.IsNullOrWhiteSpace(path) || path == "-") return null;
        var p = path!;
        try
        {
            if (Path.IsPathRooted(p))
            {
                var root = Path.GetFullPath(baseDirectory ?? Directory.GetCurrentDirectory());
                var full = Path.GetFullPath(p);
                var prefix = root.EndsWith(Path.DirectorySeparatorChar.ToString(), StringComparison.Ordinal) ? root : root + Path.DirectorySeparatorChar;
                var comparison = Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
                if (full.StartsWith(prefix, comparison)) p = full.Substring(prefix.Length);
            }
        }
        catch (ArgumentException) { }
        catch (NotSupportedException) { }
        catch (PathTooLongException) { }
        p = p.Replace('\\', '/');
        while (p.StartsWith("./", StringComparison.Ordinal)) p = p.Substring(2);
        return p;
    }

    /// <summary>
    /// A URI reference for a relative path (each segment percent-encoded), or a <c>file:</c> URI for
    /// an absolute one, as SARIF's <c>artifactLocation.uri</c> needs.
    /// </summary>
    public static string ToUri(string relativeOrAbsolute)
    {
        if (relativeOrAbsolute is null) throw new ArgumentNullException(nameof(relativeOrAbsolute));
        var p = relativeOrAbsolute.Replace('\\', '/');
        var rooted = p.StartsWith("/", StringComparison.Ordinal) || (p.Length > 1 && p[1] == ':');
        var encoded = string.Join("/", p.Split('/').Select((segment, i) =>
            rooted && i == 0 && segment.EndsWith(":", StringComparison.Ordinal) ? segment : Uri.EscapeDataString(segment)));
        if (!rooted) return encoded;
        return "file://" + (encoded.StartsWith("/", StringComparison.Ordinal) ? encoded : "/" + encoded);
    }
}
