using System;
using System.Collections.Concurrent;
using System.Reflection;

namespace LiveAccess.PowerShell.Loading;

/// <summary>
/// The Windows PowerShell 5.1 side of dependency isolation: an AppDomain.AssemblyResolve handler
/// that serves the module's dependencies from its deps folder with Assembly.LoadFile, so they load
/// side by side with another module's copies (YamlDotNet is strong-named: versions never merge).
/// </summary>
internal static class ResolveHandler
{
    private static readonly ConcurrentDictionary<string, Assembly> Loaded = new(StringComparer.OrdinalIgnoreCase);
    private static readonly object Gate = new();
    private static DependencyFolder? _folder;
    private static bool _installed;

    public static void Install(DependencyFolder folder)
    {
        lock (Gate)
        {
            _folder = folder;
            if (_installed) return;
            AppDomain.CurrentDomain.AssemblyResolve += Resolve;
            _installed = true;
        }
    }

    public static void Uninstall()
    {
        lock (Gate)
        {
            if (!_installed) return;
            AppDomain.CurrentDomain.AssemblyResolve -= Resolve;
            _installed = false;
        }
    }

    private static Assembly? Resolve(object? sender, ResolveEventArgs args)
    {
        var folder = _folder;
        if (folder is null) return null;
        string? requester;
        try { requester = args.RequestingAssembly?.Location; }
        catch (NotSupportedException) { requester = null; } // dynamic assemblies have no location
        var path = folder.Find(new AssemblyName(args.Name), string.IsNullOrEmpty(requester) ? null : requester);
        return path is null ? null : Loaded.GetOrAdd(path, Assembly.LoadFile);
    }
}
