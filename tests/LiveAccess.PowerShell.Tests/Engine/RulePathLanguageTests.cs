using System;
using System.Collections;
using System.IO;
using System.Linq;
using LiveAccess.PowerShell.Tests.Support;

namespace LiveAccess.PowerShell.Tests.Engine;

/// <summary>-RulePath with -Language zh-CN: a refused rule file's problems are in Chinese.</summary>
public sealed class RulePathLanguageTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "liveaccess-ps-" + Guid.NewGuid().ToString("N"));

    public RulePathLanguageTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string[] Problems(string language)
    {
        var file = Path.Combine(_dir, "bad.yaml");
        File.WriteAllText(file, "mode: extend\nversion: t1\nrotues: []\n");
        var ex = Assert.ThrowsAny<Exception>(() => Support.Engine.Rules(file, language));
        Assert.Equal("LiveAccess.Core.Rules.RuleFileException", ex.GetType().FullName);
        return ((IEnumerable)ex.GetType().GetProperty("Errors")!.GetValue(ex)!).Cast<object>().Select(e => e.ToString()!).ToArray();
    }

    [Fact]
    public void The_language_chooses_the_words_not_the_position()
    {
        var english = Assert.Single(Problems("en"));
        var chinese = Assert.Single(Problems("zh-CN"));
        var position = Path.Combine(_dir, "bad.yaml") + ":3:1: ";
        Assert.StartsWith(position + "Unknown key 'rotues' in the rule file (did you mean 'routes'?).", english, StringComparison.Ordinal);
        Assert.StartsWith(position + "规则文件中有未知的键“rotues”（是否想写“routes”？）。", chinese, StringComparison.Ordinal);
    }
}
