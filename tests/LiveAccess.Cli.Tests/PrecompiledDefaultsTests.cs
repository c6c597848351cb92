using System;
using System.IO;
using LiveAccess.Core.Rules.Precompiled;

namespace LiveAccess.Cli.Tests;

/// <summary>
/// The command starts from the default rules and messages its build precompiled from the YAML:
/// the form it holds as static data is byte for byte the one the YAML gives now (so it can never
/// be stale or edited by hand).
/// </summary>
public sealed class PrecompiledDefaultsTests
{
    [Fact]
    public void The_embedded_form_is_what_the_yaml_gives_now()
    {
        using var fresh = new MemoryStream();
        PrecompiledDefaults.Write(fresh);
        var form = fresh.ToArray();
        Assert.True(form.Length > 10_000);
        var assembly = File.ReadAllBytes(Cli.Dll);
        Assert.True(assembly.AsSpan().IndexOf(form) >= 0, "liveaccess.dll does not hold the form the YAML gives now: rebuild it.");
    }
}
