using System.IO;
using System.Linq;

namespace LiveAccess.Cli.Tests;

/// <summary>The inventories in examples/ behave as the README says.</summary>
public sealed class ExampleTests
{
    private static string Example(string name) => Path.Combine(Cli.RepoRoot, "examples", name);

    [Fact]
    public void The_main_example_is_answered_cleanly_and_covers_every_scenario()
    {
        var r = Cli.Run("plan", "--input", Example("inventory.csv"), "--format", "json");
        Assert.True(r.ExitCode == 0, r.ToString());
        var totals = Totals.Of(r);
        Assert.Equal(0, totals.Refused);
        var decisions = JsonDecision.Parse(r.Stdout);
        var scenarios = System.Text.Json.JsonDocument.Parse(Cli.Run("scenarios", "--format", "json").Stdout)
            .RootElement.EnumerateArray().Select(s => s.GetProperty("id").GetString()!).ToArray();
        Assert.Empty(scenarios.Except(decisions.Select(d => d.Scenario)));
        Assert.Single(r.ErrorLines);
    }

    [Fact]
    public void The_main_example_passes_the_default_gate()
    {
        Assert.Equal(0, Cli.Run("check", "--input", Example("inventory.csv")).ExitCode);
    }

    [Fact]
    public void The_messy_example_shows_refused_rows_and_exits_2()
    {
        var r = Cli.Run("plan", "--input", Example("inventory-messy.csv"));
        Assert.Equal(2, r.ExitCode);
        var totals = Totals.Of(r);
        Assert.True(totals.Refused > 0 && totals.Answered > 0, r.ToString());
    }
}
