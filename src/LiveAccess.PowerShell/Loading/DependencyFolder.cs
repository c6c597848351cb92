using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;

namespace LiveAccess.PowerShell.Loading;

/// <summary>
/// The module's dependency folder as the Windows PowerShell 5.1 resolver sees it: which file answers
/// a request for an assembly, if any. Only a file of the same name whose version is at least the one
/// requested answers; requests made by other modules' assemblies are left to them.
/// </summary>
internal sealed class DependencyFolder
{
    private readonly string _directory;
    private readonly string _moduleDirectory;
    private readonly Dictionary<string, Version?> _versions = new(StringComparer.OrdinalIgnoreCase);
    private readonly object _gate = new();

    /// <param name="directory">The deps folder.</param>
    /// <param name="moduleDirectory">The folder holding the module's own assemblies (deps is inside it).</param>
    public DependencyFolder(string directory, string moduleDirectory)
    {
        _directory = directory;
        _moduleDirectory = moduleDirectory;
    }

    /// <summary>
    /// The file to load for <paramref name="requested"/>, asked for by <paramref name="requester"/>
    /// (null when the runtime does not say), or null when this module should not answer.
    /// </summary>
    public string? Find(AssemblyName requested, string? requester)
    {
        if (requested is null) throw new ArgumentNullException(nameof(requested));
        if (string.IsNullOrEmpty(requested.Name)) return null;
        if (requester is not null && !IsInside(requester, _moduleDirectory)) return null;
        var path = Path.Combine(_directory, requested.Name + ".dll");
        if (!File.Exists(path)) return null;
        var version = VersionOf(path);
        if (version is null) return null;
        return requested.Version is null || version >= requested.Version ? path : null;
    }

    private Version? VersionOf(string path)
    {
        lock (_gate)
        {
            if (_versions.TryGetValue(path, out var known)) return known;
            Version? version;
            try { version = AssemblyName.GetAssemblyName(path).Version; }
            catch (Exception ex) when (ex is IOException or BadImageFormatException or UnauthorizedAccessException) { version = null; }
            _versions[path] = version;
            return version;
        }
    }

    private static bool IsInside(string file, string directory)
    {
        var full = Path.GetFullPath(file);
        var dir = Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return full.StartsWith(dir, StringComparison.OrdinalIgnoreCase);
    }
}
