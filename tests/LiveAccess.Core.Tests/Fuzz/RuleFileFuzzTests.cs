using System;
using System.Linq;
using System.Text;
using LiveAccess.Core.Rules;
using Xunit.Sdk;

namespace LiveAccess.Core.Tests.Fuzz;

/// <summary>
/// Random damage to the default rule file and random text: <see cref="RuleSetLoader.Load"/> either
/// gives a rule set or refuses the file with <see cref="RuleFileException"/> naming the file and a
/// position for each problem; nothing else escapes, and the default rule set stays as it was.
/// </summary>
public sealed class RuleFileFuzzTests
{
    private const string Name = "fuzz-rules.yaml";
    private static readonly string DefaultText = RuleSetLoader.DefaultText();

    [Fact]
    public void Mutated_default_rules_are_loaded_or_refused_with_positions()
    {
        var before = RuleSetLoader.Default;
        var random = FuzzBudget.Random(424242);
        var bytes = Encoding.UTF8.GetBytes(DefaultText);
        var refused = 0;
        var cases = FuzzBudget.Cases(40);
        for (var i = 0; i < cases; i++)
            if (!Loads(Encoding.UTF8.GetString(Mutator.Mutate(bytes, random, 3)), $"mutation {i}")) refused++;
        Assert.True(refused > cases / 3, $"only {refused} of {cases} mutations were refused");
        Assert.Same(before, RuleSetLoader.Default);
    }

    [Fact]
    public void Mutated_small_extension_files_are_loaded_or_refused_with_positions()
    {
        const string extension = "schema: 1\nmode: extend\nversion: \"ops-1\"\nremoveRoutes: [education.saas]\nroutes:\n  - id: ecommerce.live-performance.native\n    scenario: ecommerce\n    when: { anyCategory: [social/live-performance], entity: [enterprise] }\n    plans: [tencent-standard-live]\n    source: { ref: wechat-native-2026-07, section: 社交/直播表演 }\n    condition: { code: c1, message: { en: only on weekdays, zh-CN: 仅工作日 } }\n";
        Assert.True(Loads(extension, "seed"), "the seed extension must load");
        var random = FuzzBudget.Random(777);
        var bytes = Encoding.UTF8.GetBytes(extension);
        for (var i = 0; i < FuzzBudget.Cases(400); i++) Loads(Encoding.UTF8.GetString(Mutator.Mutate(bytes, random)), $"extension mutation {i}");
        for (var i = 0; i < FuzzBudget.Cases(200); i++) Loads(Encoding.UTF8.GetString(Mutator.RandomText(random, 300)), $"random text {i}");
    }

    private static bool Loads(string text, string context)
    {
        try
        {
            RuleSetLoader.Load(text, Name);
            return true;
        }
        catch (RuleFileException ex)
        {
            if (ex.Errors.Count == 0 || ex.Errors.Any(e => e.File != Name || e.Line < 0 || e.Column < 0 || string.IsNullOrWhiteSpace(e.Message)))
                throw new XunitException($"{context}: a refusal without its file, position or message: {ex.Message}\n--- input\n{Shorten(text)}");
            return false;
        }
        catch (Exception ex)
        {
            throw new XunitException($"{context}: unexpected {ex}\n--- input\n{Shorten(text)}");
        }
    }

    private static string Shorten(string text) => text.Length <= 4000 ? text : string.Concat(text.AsSpan(0, 4000), "…");
}
