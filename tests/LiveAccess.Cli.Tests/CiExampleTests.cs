using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using YamlDotNet.RepresentationModel;

namespace LiveAccess.Cli.Tests;

/// <summary>
/// The gate step of examples/github-actions.yml and examples/azure-pipelines.yml, run as the CI
/// would run it (its own command line and environment), so the examples cannot drift from the CLI.
/// </summary>
public sealed class CiExampleTests : System.IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    /// <summary>The arguments after <c>--</c> of the step named "Gate the inventory".</summary>
    private static List<string> GateArguments(string example, IDictionary<string, string> variables)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(Cli.RepoRoot, "examples", example))));
        string? script = null;
        foreach (var step in yaml.Documents[0].AllNodes.OfType<YamlMappingNode>())
        {
            var name = step.Children.TryGetValue(new YamlScalarNode("name"), out var n) ? n.ToString()
                : step.Children.TryGetValue(new YamlScalarNode("displayName"), out var d) ? d.ToString() : null;
            if (name != "Gate the inventory") continue;
            script = (step.Children.TryGetValue(new YamlScalarNode("run"), out var run) ? run : step.Children[new YamlScalarNode("script")]).ToString();
        }
        Assert.NotNull(script);
        foreach (var (key, value) in variables) script = script!.Replace("$(" + key + ")", value);
        var words = Regex.Matches(script!, "(?:[^\\s\"]+|\"[^\"]*\")+").Select(m => m.Value.Replace("\"", "")).ToList();
        return words.Skip(words.IndexOf("--") + 1).ToList();
    }

    private void CopyInventory()
    {
        Directory.CreateDirectory(_dir.File("examples"));
        File.Copy(Path.Combine(Cli.RepoRoot, "examples", "inventory.csv"), _dir.File("examples/inventory.csv"));
    }

    [Fact]
    public void The_github_example_gates_the_inventory_and_writes_junit_and_sarif()
    {
        CopyInventory();
        var summary = _dir.Write("summary.md", "");
        var args = GateArguments("github-actions.yml", new Dictionary<string, string>());
        Assert.Equal("check", args[0]);
        var r = Cli.Run(args, workingDirectory: _dir.Path,
            environment: new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true", ["GITHUB_STEP_SUMMARY"] = summary, ["GITHUB_WORKSPACE"] = _dir.Path });
        Assert.True(r.ExitCode is 0 or 1, r.ToString());
        Assert.NotEmpty(XDocument.Load(_dir.File("liveaccess.junit.xml")).Descendants("testcase"));
        using var sarif = JsonDocument.Parse(File.ReadAllText(_dir.File("liveaccess.sarif")));
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        Assert.StartsWith("## ", File.ReadAllText(summary));
        Assert.All(r.Stdout.Split('\n', System.StringSplitOptions.RemoveEmptyEntries), l => Assert.StartsWith("::", l));
    }

    [Fact]
    public void The_azure_example_gates_the_inventory_and_writes_nunit_junit_and_sarif()
    {
        CopyInventory();
        var staging = Directory.CreateDirectory(_dir.File("staging")).FullName;
        Directory.CreateDirectory(Path.Combine(staging, "liveaccess"));
        Directory.CreateDirectory(Path.Combine(staging, "CodeAnalysisLogs"));
        var args = GateArguments("azure-pipelines.yml", new Dictionary<string, string>
        {
            ["reports"] = Path.Combine(staging, "liveaccess"),
            ["Build.ArtifactStagingDirectory"] = staging,
        });
        var r = Cli.Run(args, workingDirectory: _dir.Path,
            environment: new Dictionary<string, string> { ["TF_BUILD"] = "True", ["AGENT_TEMPDIRECTORY"] = _dir.Path, ["BUILD_SOURCESDIRECTORY"] = _dir.Path });
        Assert.True(r.ExitCode is 0 or 1, r.ToString());
        Assert.NotEmpty(XDocument.Load(Path.Combine(staging, "liveaccess", "liveaccess.nunit.xml")).Descendants("test-case"));
        Assert.NotEmpty(XDocument.Load(Path.Combine(staging, "liveaccess", "liveaccess.junit.xml")).Descendants("testcase"));
        Assert.True(File.Exists(Path.Combine(staging, "CodeAnalysisLogs", "liveaccess.sarif")));
        Assert.StartsWith("##vso[task.complete result=", r.Stdout.TrimEnd().Split('\n')[^1]);
    }
}
