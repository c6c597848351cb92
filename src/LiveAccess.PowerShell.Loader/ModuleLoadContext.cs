using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;

namespace LiveAccess.Loader;

/// <summary>
/// The load context of the module's engine: LiveAccess.Core and everything it depends on come from
/// the module's <c>deps</c> folder, so another module's YamlDotNet (powershell-yaml brings one) can
/// never be bound to ours, nor ours to theirs.
/// </summary>
/// <remarks>
/// Framework-style assemblies (<c>System.*</c>, <c>Microsoft.*</c>) are shared with the host when the
/// host already carries them in at least the requested version, so types such as Span or
/// JsonElement stay one type. Every other assembly in the folder is private to this context.
/// </remarks>
internal sealed class ModuleLoadContext : AssemblyLoadContext
{
    private readonly string _directory;
    private readonly PlatformAssemblies _platform;

    public ModuleLoadContext(string directory, PlatformAssemblies platform) : base("LiveAccess", isCollectible: false)
    {
        _directory = directory;
        _platform = platform;
    }

    /// <summary>The folder the context serves.</summary>
    public string Directory => _directory;

    /// <summary>The path the context loads an assembly from, or null when the host should serve it.</summary>
    public string? PathFor(AssemblyName name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (string.IsNullOrEmpty(name.Name)) return null;
        var path = Path.Combine(_directory, name.Name + ".dll");
        if (!File.Exists(path)) return null;
        if (IsFrameworkStyle(name.Name) && _platform.Provides(name)) return null;
        return path;
    }

    /// <inheritdoc />
    protected override Assembly? Load(AssemblyName assemblyName) =>
        PathFor(assemblyName) is { } path ? LoadFromAssemblyPath(path) : null;

    private static bool IsFrameworkStyle(string name) =>
        name.StartsWith("System.", StringComparison.Ordinal)
        || name.StartsWith("Microsoft.", StringComparison.Ordinal)
        || name is "netstandard" or "mscorlib";
}

/// <summary>The assemblies the host process carries (its trusted platform assemblies), by name and version.</summary>
internal sealed class PlatformAssemblies
{
    private readonly Dictionary<string, string> _paths = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Version?> _versions = new(StringComparer.OrdinalIgnoreCase);
    private readonly object _gate = new();

    /// <summary>Reads the host's trusted platform assembly list.</summary>
    public static PlatformAssemblies FromHost() =>
        new((AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));

    public PlatformAssemblies(IEnumerable<string> paths)
    {
        foreach (var path in paths)
            _paths[Path.GetFileNameWithoutExtension(path)] = path;
    }

    /// <summary>True when the host carries the assembly in at least the requested version.</summary>
    public bool Provides(AssemblyName name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Name is null || !_paths.TryGetValue(name.Name, out var path)) return false;
        Version? version;
        lock (_gate)
        {
            if (!_versions.TryGetValue(name.Name, out version))
                _versions[name.Name] = version = ReadVersion(path);
        }
        return version is not null && (name.Version is null || version >= name.Version);
    }

    private static Version? ReadVersion(string path)
    {
        try { return AssemblyName.GetAssemblyName(path).Version; }
        catch (IOException) { return null; }
        catch (BadImageFormatException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }
}
