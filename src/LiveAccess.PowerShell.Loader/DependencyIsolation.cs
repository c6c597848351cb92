using System;
using System.Collections.Generic;
using System.Reflection;
using System.Runtime.Loader;

namespace LiveAccess.Loader;

/// <summary>
/// Installs the module's load context: the default context asks it only for the module's entry
/// assemblies (those the cmdlet assembly references, e.g. LiveAccess.Core); their own dependencies
/// are then resolved inside the module's context, away from every other module.
/// </summary>
/// <remarks>
/// This is the pattern of the PowerShell documentation ("Resolving PowerShell module assembly
/// dependency conflicts", loading through an AssemblyLoadContext). Called by LiveAccess.dll through
/// reflection, because a netstandard2.0 assembly cannot name AssemblyLoadContext.
/// </remarks>
public static class DependencyIsolation
{
    private static readonly object Gate = new();
    private static ModuleLoadContext? _context;
    private static HashSet<string> _entries = new(StringComparer.Ordinal);
    private static bool _installed;

    /// <summary>The module's context, once installed (for diagnostics and tests).</summary>
    public static AssemblyLoadContext? Context => _context;

    /// <summary>
    /// Creates the context over <paramref name="dependencyDirectory"/> (once per process) and lets
    /// the default context resolve <paramref name="entryAssemblies"/> through it. Idempotent.
    /// </summary>
    public static void Install(string dependencyDirectory, string[] entryAssemblies)
    {
        ArgumentException.ThrowIfNullOrEmpty(dependencyDirectory);
        ArgumentNullException.ThrowIfNull(entryAssemblies);
        lock (Gate)
        {
            // One context per process: a module re-imported with -Force keeps the assemblies it already loaded.
            _context ??= new ModuleLoadContext(dependencyDirectory, PlatformAssemblies.FromHost());
            _entries = new HashSet<string>(entryAssemblies, StringComparer.Ordinal);
            if (_installed) return;
            AssemblyLoadContext.Default.Resolving += ResolveEntry;
            _installed = true;
        }
    }

    /// <summary>Stops answering the default context (Remove-Module). Loaded assemblies stay loaded.</summary>
    public static void Uninstall()
    {
        lock (Gate)
        {
            if (!_installed) return;
            AssemblyLoadContext.Default.Resolving -= ResolveEntry;
            _installed = false;
        }
    }

    private static Assembly? ResolveEntry(AssemblyLoadContext requester, AssemblyName name)
    {
        var context = _context;
        if (context is null || name.Name is null || !_entries.Contains(name.Name)) return null;
        if (context.PathFor(name) is null) return null;
        var assembly = context.LoadFromAssemblyName(name);
        // Never hand out an older copy than was asked for.
        return name.Version is null || assembly.GetName().Version >= name.Version ? assembly : null;
    }
}
