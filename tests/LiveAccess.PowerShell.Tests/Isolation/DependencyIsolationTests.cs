using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using LiveAccess.PowerShell.Tests.Support;

namespace LiveAccess.PowerShell.Tests.Isolation;

/// <summary>
/// The module beside another module's YamlDotNet (powershell-yaml ships one): this process uses
/// YamlDotNet 13.7.1 first, then loads the module from module/bin the way PowerShell 7 does. The
/// module's engine must load, run, and bind to its own YamlDotNet 16 in its own load context,
/// while this process keeps its 13.
/// </summary>
public sealed class DependencyIsolationTests
{
    private static object DefaultRules() => LoadedModule.CallStatic("LiveAccess.PowerShell.Engine.RuleContext", "Load", null, "en")!;

    [Fact]
    public void The_module_uses_the_load_context_on_PowerShell_7()
    {
        _ = LoadedModule.Assembly;
        var mode = LoadedModule.Type("LiveAccess.PowerShell.Loading.DependencyLoader")
            .GetProperty("Mode", BindingFlags.Static | BindingFlags.NonPublic)!.GetValue(null);
        Assert.Equal("AssemblyLoadContext", mode);
    }

    [Fact]
    public void The_core_loads_in_the_module_context_with_its_own_YamlDotNet_16_while_the_process_keeps_13()
    {
        var rules = LoadedModule.Get(DefaultRules(), "Rules")!;
        var core = rules.GetType().Assembly;
        var context = AssemblyLoadContext.GetLoadContext(core)!;
        Assert.Equal("LiveAccess", context.Name);
        Assert.Equal(Path.Combine(RepositoryLayout.Dependencies, "LiveAccess.Core.dll"), core.Location);

        var moduleYaml = context.Assemblies.Single(a => a.GetName().Name == "YamlDotNet");
        Assert.Equal(16, moduleYaml.GetName().Version!.Major);
        Assert.Equal(Path.Combine(RepositoryLayout.Dependencies, "YamlDotNet.dll"), moduleYaml.Location);

        var ours = typeof(YamlDotNet.Serialization.Deserializer).Assembly;
        Assert.Equal(13, ours.GetName().Version!.Major);
        Assert.Same(AssemblyLoadContext.Default, AssemblyLoadContext.GetLoadContext(ours));
        Assert.Equal("kept", new YamlDotNet.Serialization.DeserializerBuilder().Build().Deserialize<System.Collections.Generic.Dictionary<string, string>>("still: kept")["still"]);
    }

    [Fact]
    public void A_user_rule_file_is_parsed_by_the_module_YamlDotNet()
    {
        var file = Path.Combine(Path.GetTempPath(), "liveaccess-isolation-" + Guid.NewGuid().ToString("N") + ".yaml");
        File.WriteAllText(file, "mode: extend\nversion: \"iso.1\"\nremoveRoutes: [customer-service.native]\n");
        try
        {
            var context = LoadedModule.CallStatic("LiveAccess.PowerShell.Engine.RuleContext", "Load", file, "en")!;
            var rules = LoadedModule.Get(context, "Rules")!;
            Assert.EndsWith("+iso.1", (string)LoadedModule.Get(rules, "Version")!);
        }
        finally { File.Delete(file); }
    }

    [Fact]
    public void Framework_assemblies_the_host_carries_are_shared_not_loaded_again()
    {
        var rules = LoadedModule.Get(DefaultRules(), "Rules")!;
        var context = AssemblyLoadContext.GetLoadContext(rules.GetType().Assembly)!;
        var names = context.Assemblies.Select(a => a.GetName().Name).ToList();
        Assert.DoesNotContain("System.Memory", names);
        Assert.DoesNotContain("System.Runtime.CompilerServices.Unsafe", names);
        Assert.DoesNotContain("netstandard", names);
    }

    [Fact]
    public void The_module_never_hands_its_YamlDotNet_to_the_default_context()
    {
        // Asked for version 16, the default context answers with the 13 it already holds: had the
        // core been loaded there, it would have been bound to the wrong YamlDotNet without a word.
        _ = LoadedModule.Get(DefaultRules(), "Rules");
        var request = new AssemblyName("YamlDotNet, Version=16.0.0.0, Culture=neutral, PublicKeyToken=ec19458f3c15af5e");
        Assembly? answer = null;
        try { answer = AssemblyLoadContext.Default.LoadFromAssemblyName(request); }
        catch (FileLoadException) { }
        catch (FileNotFoundException) { }
        if (answer is null) return;
        Assert.Same(AssemblyLoadContext.Default, AssemblyLoadContext.GetLoadContext(answer));
        Assert.NotEqual(Path.Combine(RepositoryLayout.Dependencies, "YamlDotNet.dll"), answer.Location);
    }
}
