using System.Collections.Generic;
using System.IO;
using System.Linq;
using LiveAccess.PowerShell.Tests.Support;

namespace LiveAccess.PowerShell.Tests.Module;

/// <summary>LiveAccess.psd1, read as PowerShell data: what it exports, which editions it claims, and that its paths exist after the build.</summary>
public sealed class ManifestTests
{
    private static readonly Dictionary<string, object?> Manifest = PowerShellDataFile.Parse(File.ReadAllText(RepositoryLayout.Manifest));

    private static IReadOnlyList<string> List(IDictionary<string, object?> table, string key) =>
        table[key] switch
        {
            string s => new[] { s },
            IEnumerable<object?> items => items.Cast<string>().ToList(),
            _ => System.Array.Empty<string>(),
        };

    private static IDictionary<string, object?> PSData => (IDictionary<string, object?>)((IDictionary<string, object?>)Manifest["PrivateData"]!)["PSData"]!;

    [Fact]
    public void CmdletsToExport_lists_exactly_the_compiled_cmdlets()
    {
        Assert.Equal(CmdletSurface.Load().Cmdlets.Select(c => c.Name).OrderBy(n => n), List(Manifest, "CmdletsToExport").OrderBy(n => n));
    }

    [Fact]
    public void Nothing_but_cmdlets_is_exported()
    {
        foreach (var key in new[] { "FunctionsToExport", "VariablesToExport", "AliasesToExport" })
            Assert.Empty(List(Manifest, key));
    }

    [Fact]
    public void The_module_claims_Windows_PowerShell_5_1_and_PowerShell_7()
    {
        Assert.Equal("5.1", Manifest["PowerShellVersion"]);
        Assert.Equal(new[] { "Core", "Desktop" }, List(Manifest, "CompatiblePSEditions").OrderBy(e => e));
        var tags = List(PSData, "Tags");
        Assert.Contains("PSEdition_Desktop", tags);
        Assert.Contains("PSEdition_Core", tags);
        Assert.All(tags, t => Assert.DoesNotContain(' ', t));
    }

    [Fact]
    public void Gallery_metadata_is_complete()
    {
        foreach (var key in new[] { "ModuleVersion", "GUID", "Author", "Description", "Copyright" })
            Assert.False(string.IsNullOrWhiteSpace(Manifest[key] as string), key);
        Assert.Matches("^https://", (string)PSData["ProjectUri"]!);
        Assert.Matches("^https://", (string)PSData["LicenseUri"]!);
        Assert.Contains((string)Manifest["ModuleVersion"]!, (string)PSData["ReleaseNotes"]!);
        Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", (string)Manifest["GUID"]!);
    }

    [Fact]
    public void The_module_version_is_the_assembly_version()
    {
        var version = CmdletSurface.Load().Assembly.GetName().Version!;
        Assert.Equal($"{version.Major}.{version.Minor}.{version.Build}", Manifest["ModuleVersion"]);
    }

    [Fact]
    public void RootModule_is_the_built_cmdlet_assembly_under_module_and_its_companions_exist()
    {
        var root = (string)Manifest["RootModule"]!;
        Assert.StartsWith("module/", root);
        Assert.Equal(RepositoryLayout.CmdletAssembly, Path.GetFullPath(Path.Combine(RepositoryLayout.Root, root)));
        Assert.True(File.Exists(Path.Combine(RepositoryLayout.Root, root)), root + " is missing after the build");
        Assert.True(File.Exists(Path.Combine(RepositoryLayout.ModuleBin, "LiveAccess.Loader.dll")));
        foreach (var dependency in new[] { "LiveAccess.Core.dll", "YamlDotNet.dll", "CsvHelper.dll", "System.Text.Json.dll" })
            Assert.True(File.Exists(Path.Combine(RepositoryLayout.Dependencies, dependency)), dependency + " is missing from module/bin/deps");
        Assert.False(File.Exists(Path.Combine(RepositoryLayout.ModuleBin, "LiveAccess.Core.dll")), "the core must not sit beside the cmdlet assembly, where the default context would load it");
        Assert.False(File.Exists(Path.Combine(RepositoryLayout.ModuleBin, "System.Management.Automation.dll")), "PowerShell provides System.Management.Automation");
    }

    [Fact]
    public void FormatsToProcess_exist()
    {
        var formats = List(Manifest, "FormatsToProcess");
        Assert.NotEmpty(formats);
        Assert.All(formats, f => Assert.True(File.Exists(Path.Combine(RepositoryLayout.Root, f)), f));
    }

    [Fact]
    public void Help_is_staged_beside_the_manifest_where_Get_Help_looks()
    {
        foreach (var culture in new[] { "en-US", "zh-CN" })
        {
            Assert.True(File.Exists(Path.Combine(RepositoryLayout.Root, culture, "LiveAccess.dll-Help.xml")), culture);
            Assert.True(File.Exists(Path.Combine(RepositoryLayout.Root, culture, "about_LiveAccess.help.txt")), culture);
        }
    }

    [Fact]
    public void Files_with_Chinese_text_carry_a_byte_order_mark_for_Windows_PowerShell()
    {
        // Windows PowerShell 5.1 reads .psd1 and about_*.txt without a BOM in the ANSI code page.
        foreach (var file in new[] { RepositoryLayout.Manifest, RepositoryLayout.About("en-US"), RepositoryLayout.About("zh-CN") })
            Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, File.ReadAllBytes(file).Take(3));
    }
}
