using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text.Json;

namespace LiveAccess.Cli.Tests;

/// <summary>
/// How the command is built, read from the project as MSBuild evaluates it (no build): published for
/// a runtime it is self-contained composite ReadyToRun without tiered compilation (the throughput
/// and start-up figures of bench/README.md rest on it); asked to be framework-dependent, or built
/// without a runtime (the tool package, dotnet run), it keeps tiered compilation, without which
/// code not precompiled would all be compiled fully optimised at start. The start-up yardstick
/// (bench/HelloWorld) is built the same way in every case.
/// </summary>
public sealed class PublishConfigurationTests
{
    private static readonly string[] Names = { "SelfContained", "PublishReadyToRun", "PublishReadyToRunComposite", "TieredCompilation", "TieredPGO", "ConcurrentGarbageCollection" };

    [Fact]
    public void Published_for_a_runtime_it_is_self_contained_composite_without_tiering()
    {
        var cli = Evaluate(CliProject, "RuntimeIdentifier=linux-x64", "_IsPublishing=true");
        Assert.Equal("true", cli["SelfContained"]);
        Assert.Equal("true", cli["PublishReadyToRun"]);
        Assert.Equal("true", cli["PublishReadyToRunComposite"]);
        Assert.Equal("false", cli["TieredCompilation"]);
        Assert.Equal("false", cli["TieredPGO"]);
        Assert.Equal("false", cli["ConcurrentGarbageCollection"]);
        Assert.Equal(cli, Evaluate(HelloProject, "RuntimeIdentifier=linux-x64", "_IsPublishing=true"));
    }

    [Fact]
    public void Published_framework_dependent_it_is_precompiled_per_assembly_and_tiered()
    {
        var cli = Evaluate(CliProject, "RuntimeIdentifier=linux-x64", "_IsPublishing=true", "SelfContained=false");
        Assert.Equal("false", cli["SelfContained"]);
        Assert.Equal("true", cli["PublishReadyToRun"]);
        Assert.NotEqual("true", cli["PublishReadyToRunComposite"]);
        Assert.Equal("true", cli["TieredCompilation"]);
        Assert.Equal("false", cli["ConcurrentGarbageCollection"]);
        Assert.Equal(cli, Evaluate(HelloProject, "RuntimeIdentifier=linux-x64", "_IsPublishing=true", "SelfContained=false"));
    }

    [Fact]
    public void Built_without_a_runtime_it_is_portable_and_tiered()
    {
        var cli = Evaluate(CliProject);
        Assert.NotEqual("true", cli["SelfContained"]);
        Assert.NotEqual("true", cli["PublishReadyToRun"]);
        Assert.NotEqual("true", cli["PublishReadyToRunComposite"]);
        Assert.Equal("true", cli["TieredCompilation"]);
        Assert.Equal("false", cli["ConcurrentGarbageCollection"]);
        Assert.Equal(cli, Evaluate(HelloProject));
    }

    private static string CliProject => Path.Combine(Cli.RepoRoot, "src", "LiveAccess.Cli", "LiveAccess.Cli.csproj");

    private static string HelloProject => Path.Combine(Cli.RepoRoot, "bench", "HelloWorld", "HelloWorld.csproj");

    private static Dictionary<string, string> Evaluate(string project, params string[] properties)
    {
        var start = new ProcessStartInfo(Cli.DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("msbuild");
        start.ArgumentList.Add(project);
        start.ArgumentList.Add("-nologo");
        start.ArgumentList.Add("-p:Configuration=Release");
        foreach (var property in properties) start.ArgumentList.Add("-p:" + property);
        foreach (var name in Names) start.ArgumentList.Add("-getProperty:" + name);
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"dotnet msbuild exited {process.ExitCode}:\n{output}\n{errors.Result}");
        using var json = JsonDocument.Parse(output);
        var values = new Dictionary<string, string>();
        foreach (var property in json.RootElement.GetProperty("Properties").EnumerateObject())
            values[property.Name] = property.Value.GetString() ?? string.Empty;
        return values;
    }
}
