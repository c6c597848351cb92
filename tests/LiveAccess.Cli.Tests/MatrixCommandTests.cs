using System.IO;
using System.Text.Json;

namespace LiveAccess.Cli.Tests;

/// <summary><c>liveaccess matrix</c>: every format produced, to files and standard output, and opened.</summary>
public sealed class MatrixCommandTests : System.IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Every_format_to_a_file_by_extension()
    {
        foreach (var name in new[] { "m.csv", "m.md", "m.json", "m.yaml", "m.html" })
        {
            var r = Cli.Run("matrix", "--output", _dir.File(name));
            Assert.Equal(0, r.ExitCode);
            Assert.Contains("Wrote the", r.Stderr);
        }
        Assert.StartsWith("\uFEFFtable,id,zh-CN,en,tencent-live-plugin", File.ReadAllText(_dir.File("m.csv"), new System.Text.UTF8Encoding(false)));
        Assert.StartsWith("# Live streaming access matrix", File.ReadAllText(_dir.File("m.md")));
        using (var json = JsonDocument.Parse(File.ReadAllText(_dir.File("m.json"))))
            Assert.Equal(5, json.RootElement.GetProperty("plans").GetArrayLength());
        var yaml = new YamlDotNet.RepresentationModel.YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(_dir.File("m.yaml"))));
        Assert.Single(yaml.Documents);
        var html = File.ReadAllText(_dir.File("m.html"));
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("腾讯云", html);
    }

    [Fact]
    public void Markdown_on_standard_output_by_default_in_the_chosen_language()
    {
        var r = Cli.Run("matrix", "--lang", "zh-CN");
        Assert.Equal(0, r.ExitCode);
        Assert.StartsWith("# 直播接入方案矩阵 · Live streaming access matrix", r.Stdout);
    }

    [Fact]
    public void A_custom_rule_file_shows_in_the_matrix()
    {
        var rules = _dir.Write("rules.yaml", """
            mode: extend
            version: "x.1"
            categories:
              - id: sports
                zh-CN: 体育
                en: Sports
                secondaries:
                  - { id: events, zh-CN: 赛事直播, en: Sports events }
            scenarios:
              - id: sports-events
                name: { en: "Sports events", zh-CN: "体育赛事" }
                source: { ref: wechat-native-2026-07, section: 体育 }
            routes:
              - id: sports-events.native
                scenario: sports-events
                when: { anyCategory: [sports/events] }
                plans: [tencent-standard-live]
                source: { ref: wechat-native-2026-07, section: 体育 }
            """);
        var r = Cli.Run("matrix", "--rules", rules, "--format", "csv");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("category,sports/events,体育/赛事直播,Sports/Sports events,,sports-events,,,", r.Stdout);
    }

    [Fact]
    public void Usage_errors_exit_2()
    {
        Assert.Equal(2, Cli.Run("matrix", "--format", "pdf").ExitCode);
        var existing = _dir.Write("m.html", "old");
        var r = Cli.Run("matrix", "--output", existing);
        Assert.Equal(2, r.ExitCode);
        Assert.Equal("old", File.ReadAllText(existing));
        Assert.Equal(0, Cli.Run("matrix", "--output", existing, "--force").ExitCode);
    }
}
