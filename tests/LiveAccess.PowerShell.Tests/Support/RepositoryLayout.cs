using System;
using System.IO;

namespace LiveAccess.PowerShell.Tests.Support;

/// <summary>Where the module's files are: the manifest at the repository root, the built assemblies under module/bin.</summary>
internal static class RepositoryLayout
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The repository root (the folder holding LiveAccess.psd1 and LiveAccess.sln).</summary>
    public static string Root => RootPath.Value;

    public static string Manifest => Path.Combine(Root, "LiveAccess.psd1");
    public static string ModuleDirectory => Path.Combine(Root, "module");
    public static string ModuleBin => Path.Combine(ModuleDirectory, "bin");
    public static string CmdletAssembly => Path.Combine(ModuleBin, "LiveAccess.dll");
    public static string Dependencies => Path.Combine(ModuleBin, "deps");
    public static string FormatFile => Path.Combine(ModuleDirectory, "LiveAccess.Format.ps1xml");

    /// <summary>The MAML help of a culture (en-US, zh-CN).</summary>
    public static string Help(string culture) => Path.Combine(ModuleDirectory, culture, "LiveAccess.dll-Help.xml");

    /// <summary>The about topic of a culture.</summary>
    public static string About(string culture) => Path.Combine(ModuleDirectory, culture, "about_LiveAccess.help.txt");

    /// <summary>PowerShellStandard's System.Management.Automation, copied beside the tests for metadata reading only.</summary>
    public static string PowerShellReference => Path.Combine(AppContext.BaseDirectory, "psref", "System.Management.Automation.dll");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "LiveAccess.sln")) && File.Exists(Path.Combine(dir.FullName, "LiveAccess.psd1")))
                return dir.FullName;
        throw new InvalidOperationException("Repository root (LiveAccess.sln + LiveAccess.psd1) not found above " + AppContext.BaseDirectory);
    }
}
