using System.Text.RegularExpressions;

namespace LiveAccess.Cli.Tests;

/// <summary>A refused rule file's problems in the language of <c>--lang</c>, at the same positions.</summary>
public sealed class RulesLanguageTests : System.IDisposable
{
    // The self-contradicting extension of RulesTests: one fixture for both languages.
    private const string Broken = RulesTests.Broken;

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Rules_validate_with_lang_zh_CN_prints_the_problems_in_Chinese()
    {
        var path = _dir.Write("bad.yaml", Broken);
        var english = Cli.Run("rules", "validate", path, "--lang", "en");
        var chinese = Cli.Run("rules", "validate", path, "--lang", "zh-CN");
        Assert.Equal(2, chinese.ExitCode);
        Assert.Equal(string.Empty, chinese.Stdout);
        var position = Regex.Match(english.ErrorLines[0], "^" + Regex.Escape(path) + @":\d+:\d+: ").Value;
        Assert.StartsWith(path + ":7:", position);
        Assert.Equal(position + "路由“ecommerce.contradiction”自相矛盾：“always: true”不能与“entity”或“anyCategory”同时使用。", chinese.ErrorLines[0]);
        Assert.Contains("不是有效的规则文件", chinese.LastErrorLine);
    }

    [Fact]
    public void Rules_validate_json_carries_the_Chinese_message()
    {
        var path = _dir.Write("bad.yaml", Broken);
        var r = Cli.Run("rules", "validate", path, "--format", "json", "--lang", "zh-CN");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("\"message\": \"路由“ecommerce.contradiction”自相矛盾", r.Stdout);
    }

    [Fact]
    public void A_refused_rules_file_is_explained_in_Chinese()
    {
        var r = Cli.Run("plan", "--rules", _dir.File("none.yaml"), "--app-id", "wx1a2b3c4d5e6f7081", "--entity", "企业", "--lang", "zh-CN");
        Assert.Equal(2, r.ExitCode);
        Assert.Equal(_dir.File("none.yaml") + ": 规则文件不存在：请检查路径。", r.ErrorLines[0]);
    }
}
