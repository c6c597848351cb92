using System.Collections.Generic;

namespace LiveAccess.Cli.Tests;

/// <summary>Messages and reports in English or Chinese: <c>--lang</c>, else the UI culture.</summary>
public sealed class LanguageTests : System.IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Lang_zh_CN_speaks_Chinese_in_the_table_the_errors_and_the_totals()
    {
        var path = _dir.Write("apps.csv", "AppId,EntityType,Categories,Scenario\nwx1a2b3c4d5e6f7081,个人,社交/直播,entertainment\nwxbad,企业,社交/直播,entertainment\n");
        var r = Cli.Run("plan", "--input", path, "--lang", "zh-CN");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("  x 不可接入", r.Stdout);
        Assert.Contains("原因：该小程序为个人主体", r.Stdout);
        Assert.Contains(path + ":3: [wxbad] AppId“wxbad”无效", r.Stderr);
        Assert.Equal("共读取 2 行：已判定 1 行，拒绝 1 行；共 1 项判定（可接入 0，有条件 0，不可接入 1）。", r.LastErrorLine);
    }

    [Fact]
    public void Decision_texts_in_JSON_follow_the_language_and_ids_stay_English()
    {
        var r = Cli.Run("plan", "--app-id", "wx1a2b3c4d5e6f7081", "--entity", "个人", "--scenario", "education", "--format", "json", "--lang", "zh-CN");
        var d = Assert.Single(JsonDecision.Parse(r.Stdout));
        Assert.Equal("individual", d.EntityType);
        Assert.Equal("ineligible", d.Outcome);
        Assert.Equal("individual-entity", d.Raw.GetProperty("reasons")[0].GetProperty("code").GetString());
        Assert.StartsWith("该小程序为个人主体", d.Raw.GetProperty("reasons")[0].GetProperty("message").GetString());
    }

    [Fact]
    public void The_UI_culture_chooses_the_language_when_lang_is_not_given()
    {
        var r = Cli.Run(new[] { "plan", "--app-id", "wx1a2b3c4d5e6f7081", "--entity", "企业" }, environment: new Dictionary<string, string> { ["LANG"] = "zh_CN.UTF-8" });
        Assert.Equal(0, r.ExitCode);
        Assert.StartsWith("共读取 1 行", r.LastErrorLine);
    }

    [Fact]
    public void Lang_wins_over_the_UI_culture()
    {
        var r = Cli.Run(new[] { "plan", "--app-id", "wx1a2b3c4d5e6f7081", "--entity", "企业", "--lang", "en" }, environment: new Dictionary<string, string> { ["LANG"] = "zh_CN.UTF-8" });
        Assert.StartsWith("Rows read: 1", r.LastErrorLine);
    }

    [Fact]
    public void Usage_errors_and_help_in_Chinese()
    {
        var r = Cli.Run("plan", "--formt", "json", "--lang", "zh-CN");
        Assert.Equal(2, r.ExitCode);
        Assert.Equal("liveaccess: “liveaccess plan”没有选项“--formt”（您是否想输入“--format”？）。请参阅 liveaccess plan --help。", r.Stderr.TrimEnd());
        var help = Cli.Run("plan", "--help", "--lang", "zh-CN");
        Assert.Contains("退出码：", help.Stdout);
    }
}

/// <summary>
/// Without <c>--lang</c> the command reads the locale variables the way .NET's UI culture does on
/// Linux and macOS (first of LC_ALL, LC_MESSAGES, LANG that is set; set but empty means invariant).
/// The expectations are what the command answered when it still asked CultureInfo.
/// </summary>
public sealed class UiLanguageTests
{
    [Theory]
    [InlineData("LANG=zh_CN.UTF-8", true)]
    [InlineData("LANG=zh_TW", true)]
    [InlineData("LANG=en_US.UTF-8", false)]
    [InlineData("LANG=C.UTF-8", false)]
    [InlineData("LANG=zh_CN.UTF-8 LC_ALL=", false)]
    [InlineData("LANG=zh_CN.UTF-8 LC_ALL=C", false)]
    [InlineData("LANG=en_US.UTF-8 LC_MESSAGES=zh_CN.UTF-8", true)]
    [InlineData("LANG= LC_MESSAGES=zh_TW", true)]
    [InlineData("LANG=C LC_ALL=en_US.UTF-8 LC_MESSAGES=zh_CN", false)]
    [InlineData("LANG=C LANGUAGE=zh_CN", false)]
    [InlineData("LANG=zh_CN.UTF-8 DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1", false)]
    public void The_locale_variables_choose_the_language(string variables, bool chinese)
    {
        if (System.OperatingSystem.IsWindows()) return; // Windows asks the culture, not these variables
        var environment = new Dictionary<string, string>();
        foreach (var pair in variables.Split(' '))
        {
            var eq = pair.IndexOf('=');
            environment[pair[..eq]] = pair[(eq + 1)..];
        }
        var r = Cli.Run(new[] { "plan", "--app-id", "wx1a2b3c4d5e6f7081", "--entity", "企业", "--scenario", "government" }, environment: environment);
        Assert.Equal(chinese, r.LastErrorLine.StartsWith("共读取 1 行", System.StringComparison.Ordinal));
        Assert.Equal(!chinese, r.LastErrorLine.StartsWith("Rows read: 1", System.StringComparison.Ordinal));
    }
}
