using System;
using System.IO;
using System.Linq;
using LiveAccess.Core.Categories;
using LiveAccess.Core.Domain;
using LiveAccess.Core.Evaluation;
using LiveAccess.Core.Rules;
using LiveAccess.Core.Rules.Precompiled;
using LiveAccess.Core.Tests.Support;
using LiveAccess.Core.Text;

namespace LiveAccess.Core.Tests.Rules;

/// <summary>
/// The precompiled default rules and messages (what the command embeds to start without YAML)
/// are exactly what the YAML loader produces: every field, and every decision.
/// </summary>
public sealed class PrecompiledDefaultsTests
{
    private static byte[] Form()
    {
        using var buffer = new MemoryStream();
        PrecompiledDefaults.Write(buffer);
        return buffer.ToArray();
    }

    private static (System.Collections.Generic.Dictionary<string, LocalizedText> Messages, RuleSet Rules) ReadBack()
    {
        Assert.True(PrecompiledDefaults.TryRead(new MemoryStream(Form()), out var messages, out var rules));
        return (messages, rules);
    }

    [Fact]
    public void The_rule_set_read_back_equals_the_one_the_yaml_loader_builds_field_by_field()
    {
        var fromYaml = RuleSetLoader.LoadDefaultFromYaml();
        var precompiled = ReadBack().Rules;
        Assert.Null(DeepEquality.FirstDifference(fromYaml, precompiled));
        // The walk must have seen the data, not two empty shells.
        Assert.Equal(fromYaml.Routes.Count, precompiled.Routes.Count);
        Assert.True(precompiled.Routes.Count >= 20 && precompiled.Categories.All.Count >= 40 && precompiled.Scenarios.Count >= 15);
    }

    [Fact]
    public void The_messages_read_back_equal_the_catalogue_the_yaml_gives()
    {
        var fromYaml = Messages.LoadFromYaml();
        var precompiled = ReadBack().Messages;
        Assert.Equal(fromYaml.Count, precompiled.Count);
        foreach (var (key, text) in fromYaml) Assert.Equal(text, precompiled[key]);
    }

    [Fact]
    public void The_form_is_the_same_bytes_every_time_it_is_written()
    {
        Assert.Equal(Form(), Form());
    }

    [Fact]
    public void Every_decision_is_the_same_on_the_precompiled_rules()
    {
        var fromYaml = RuleSetLoader.LoadDefaultFromYaml();
        var precompiled = ReadBack().Rules;
        foreach (var language in new[] { Language.English, Language.Chinese })
        {
            var expected = new Evaluator(fromYaml, language);
            var actual = new Evaluator(precompiled, language);
            var categories = fromYaml.Categories.All;
            foreach (var entity in Enum.GetValues<EntityType>())
                foreach (var scenario in fromYaml.Scenarios.Select(s => s.Id))
                    for (var i = -1; i < categories.Count; i++)
                    {
                        var set = i < 0 ? CategorySet.Empty : CategorySet.Of(i);
                        Assert.Null(DeepEquality.FirstDifference(expected.Verdict(entity, set, scenario), actual.Verdict(entity, set, scenario)));
                    }
        }
    }

    [Fact]
    public void A_form_made_by_another_build_of_the_core_is_refused()
    {
        var form = Form();
        form[10] ^= 0xFF; // inside the stamp (after the 4-byte magic and the 4-byte format version)
        Assert.False(PrecompiledDefaults.TryRead(new MemoryStream(form), out _, out _));
        Assert.False(PrecompiledDefaults.Install(new MemoryStream(form)));
        Assert.False(PrecompiledDefaults.Install(form.AsSpan()));
    }

    [Fact]
    public void Something_that_is_not_a_form_is_refused()
    {
        Assert.False(PrecompiledDefaults.Install(new MemoryStream(new byte[] { 1, 2, 3 })));
        Assert.False(PrecompiledDefaults.Install((Stream?)null));
        Assert.False(PrecompiledDefaults.Install(ReadOnlySpan<byte>.Empty));
        Assert.False(PrecompiledDefaults.Install(new byte[] { 1, 2, 3 }.AsSpan()));
    }
}
