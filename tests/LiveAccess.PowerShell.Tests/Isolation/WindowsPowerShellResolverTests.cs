using System.IO;
using System.Reflection;
using LiveAccess.PowerShell.Tests.Support;

namespace LiveAccess.PowerShell.Tests.Isolation;

/// <summary>
/// The Windows PowerShell 5.1 side (AppDomain.AssemblyResolve) cannot run here (no .NET Framework);
/// its decision, which file answers which request, is a plain function and is tested directly.
/// </summary>
public sealed class WindowsPowerShellResolverTests
{
    private static string? Find(string request, string? requester) =>
        (string?)LoadedModule.Call(
            LoadedModule.Create("LiveAccess.PowerShell.Loading.DependencyFolder", RepositoryLayout.Dependencies, RepositoryLayout.ModuleBin),
            "Find", new AssemblyName(request), requester);

    private static readonly string Ours = Path.Combine(RepositoryLayout.ModuleBin, "LiveAccess.dll");

    [Fact]
    public void Serves_the_core_and_its_YamlDotNet_to_the_module()
    {
        Assert.Equal(Path.Combine(RepositoryLayout.Dependencies, "LiveAccess.Core.dll"), Find("LiveAccess.Core, Version=0.1.0.0", Ours));
        Assert.Equal(Path.Combine(RepositoryLayout.Dependencies, "YamlDotNet.dll"),
            Find("YamlDotNet, Version=16.0.0.0, Culture=neutral, PublicKeyToken=ec19458f3c15af5e", Path.Combine(RepositoryLayout.Dependencies, "LiveAccess.Core.dll")));
    }

    [Fact]
    public void Serves_when_the_runtime_does_not_name_the_requester()
    {
        Assert.NotNull(Find("YamlDotNet, Version=16.0.0.0", null));
    }

    [Fact]
    public void Leaves_other_modules_requests_to_them()
    {
        Assert.Null(Find("YamlDotNet, Version=11.0.0.0", "/opt/modules/powershell-yaml/lib/PowerShellYaml.dll"));
    }

    [Fact]
    public void Never_answers_with_an_older_version_or_an_unknown_name()
    {
        Assert.Null(Find("YamlDotNet, Version=17.0.0.0", Ours));
        Assert.Null(Find("Newtonsoft.Json, Version=13.0.0.0", Ours));
    }
}
