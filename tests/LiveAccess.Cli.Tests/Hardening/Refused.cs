using System.Collections.Generic;
using System.Linq;

namespace LiveAccess.Cli.Tests.Hardening;

/// <summary>How a refused rule file must look from the outside, through <c>rules validate</c> and <c>plan --rules</c>.</summary>
internal static class Refused
{
    /// <summary>64 MB of managed heap: a rule file is a few kilobytes, so refusing a hostile one needs far less.</summary>
    public static readonly IDictionary<string, string> CappedHeap = new Dictionary<string, string> { ["DOTNET_GCHeapHardLimit"] = "0x4000000" };

    public static void Validate(string path, params string[] problems)
    {
        var r = Cli.Run(new[] { "rules", "validate", path }, environment: CappedHeap);
        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.Equal(string.Empty, r.Stdout);
        Hostile.AssertNoStackTrace(r);
        var lines = r.ErrorLines;
        Assert.Equal("liveaccess: " + path + " is not a valid rule file: " + problems.Length + " problem(s), listed above with file:line:column.", lines[^1]);
        Assert.Equal(problems.Length, lines.Length - 1);
        for (var i = 0; i < problems.Length; i++)
            Assert.True(lines[i].StartsWith(path + problems[i], System.StringComparison.Ordinal), $"problem {i + 1}:\n{lines[i]}\nexpected to start with:\n{path + problems[i]}");
    }

    public static void Plan(string path, string firstProblem)
    {
        var r = Cli.Run(new[] { "plan", "--rules", path, "--input", Corpus.Inventory("enc-utf8-bom.csv"), "--format", "json" }, environment: CappedHeap);
        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.Equal(string.Empty, r.Stdout);
        Hostile.AssertNoStackTrace(r);
        Assert.StartsWith(path + firstProblem, r.ErrorLines[0]);
        Assert.StartsWith("liveaccess: The rule file " + path + " was refused (", r.LastErrorLine);
        Assert.Contains("nothing was decided", r.LastErrorLine);
    }
}
