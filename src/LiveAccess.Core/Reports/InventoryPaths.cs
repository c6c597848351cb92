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
    /// The path as CI systems want it, with forward slashes; null for stdin (<c>-</c>) or no path.
    /// With a <paramref name="baseDirectory"/> (the repository root), the path (relative ones
    /// resolved against the current directory) is made relative to it when it lies inside it.
    /// Without one, a relative path is kept and an absolute path inside the current directory is
    /// made relative to it.
    /// </summary>
    public static string? Relative(string? path, string? baseDirectory = null)
    {
        if (string.IsNullOrWhiteSpace(path) || path == "-") return null;
        var p = path!;
        try
        {
            if (baseDirectory is not null || Path.IsPathRooted(p))
            {
                var root = Path.GetFullPath(baseDirectory ?? Directory.GetCurrentDirectory());
                var full = Path.GetFullPath(p);
                var prefix = root.EndsWith(Path.DirectorySeparatorChar.ToString(), StringComparison.Ordinal) ? root : root + Path.DirectorySeparatorChar;
                var comparison = Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
                p = full.StartsWith(prefix, comparison) ? full.Substring(prefix.Length) : Path.IsPathRooted(p) ? p : full;
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
