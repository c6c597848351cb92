using System;
using System.IO;
using System.Reflection;
using System.Runtime.InteropServices;

namespace LiveAccess.PowerShell.Loading;

/// <summary>
/// Chooses how the module's dependencies (LiveAccess.Core and what it uses, in <c>module/bin/deps</c>)
/// are loaded: on PowerShell 7.x through the module's own AssemblyLoadContext (LiveAccess.Loader.dll),
/// on Windows PowerShell 5.1 through an AppDomain.AssemblyResolve handler. The cmdlet assembly itself
/// never exposes a core type in a field, property or signature PowerShell reflects over, so nothing
/// from deps is needed before <see cref="Install"/> has run.
/// </summary>
internal static class DependencyLoader
{
    private const string LoaderFile = "LiveAccess.Loader.dll";
    private const string LoaderType = "LiveAccess.Loader.DependencyIsolation";

    /// <summary>The assemblies the cmdlet assembly references from deps: the only ones the default context asks for.</summary>
    internal static readonly string[] EntryAssemblies = { "LiveAccess.Core" };

    /// <summary>Folder of the cmdlet assembly (module/bin).</summary>
    internal static string ModuleBinDirectory => Path.GetDirectoryName(typeof(DependencyLoader).Assembly.Location) ?? ".";

    /// <summary>Folder of the isolated dependencies (module/bin/deps).</summary>
    internal static string DependencyDirectory => Path.Combine(ModuleBinDirectory, "deps");

    /// <summary>True on .NET Framework (Windows PowerShell 5.1).</summary>
    internal static bool IsNetFramework =>
        RuntimeInformation.FrameworkDescription.StartsWith(".NET Framework", StringComparison.OrdinalIgnoreCase);

    /// <summary>How the dependencies are being loaded: <c>AssemblyLoadContext</c> or <c>AssemblyResolve</c> (for tests and -Verbose).</summary>
    internal static string? Mode { get; private set; }

    /// <summary>Sets up dependency loading; idempotent.</summary>
    internal static void Install()
    {
        if (!IsNetFramework && TryInvokeLoader("Install", DependencyDirectory, EntryAssemblies))
        {
            Mode = "AssemblyLoadContext";
            return;
        }
        // Windows PowerShell 5.1, or a PowerShell older than 7.4 that cannot load the net8.0 loader.
        ResolveHandler.Install(new DependencyFolder(DependencyDirectory, ModuleBinDirectory));
        Mode = "AssemblyResolve";
    }

    /// <summary>Takes the resolver down again (Remove-Module).</summary>
    internal static void Uninstall()
    {
        if (Mode == "AssemblyLoadContext") TryInvokeLoader("Uninstall");
        else ResolveHandler.Uninstall();
        Mode = null;
    }

    private static bool TryInvokeLoader(string method, params object[] arguments)
    {
        var path = Path.Combine(ModuleBinDirectory, LoaderFile);
        if (!File.Exists(path)) return false;
        try
        {
            var type = Assembly.LoadFrom(path).GetType(LoaderType, throwOnError: true)!;
            type.GetMethod(method, BindingFlags.Public | BindingFlags.Static)!.Invoke(null, arguments);
            return true;
        }
        catch (Exception ex) when (ex is FileLoadException or BadImageFormatException or TypeLoadException or TargetInvocationException or MissingMethodException)
        {
            return false;
        }
    }
}
