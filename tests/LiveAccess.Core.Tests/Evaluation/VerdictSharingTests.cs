using System;
using System.Linq;
using LiveAccess.Core.Categories;
using LiveAccess.Core.Domain;
using LiveAccess.Core.Evaluation;
using LiveAccess.Core.Rules;
using LiveAccess.Core.Tests.Support;
using LiveAccess.Core.Text;

namespace LiveAccess.Core.Tests.Evaluation;

/// <summary>
/// The evaluator shares one verdict between programs whose categories differ only outside what a
/// scenario's routes name (and between all individuals): every shared verdict must be exactly the
/// one worked out from scratch for the program's own categories, "no route" reason included.
/// </summary>
public sealed class VerdictSharingTests
{
    [Fact]
    public void A_shared_verdict_is_the_one_worked_out_for_the_whole_set()
    {
        var rules = RuleSetLoader.Default;
        var all = rules.Categories.All.Select(c => c.Index).ToArray();
        var scenarios = rules.Scenarios.Select(s => s.Id).ToArray();
        var random = new Random(9);
        foreach (var language in new[] { Language.English, Language.Chinese })
        {
            var evaluator = new Evaluator(rules, language);
            for (var n = 0; n < 6000; n++)
            {
                var set = CategorySet.Empty;
                for (var k = random.Next(0, 5); k > 0; k--) set = set.With(all[random.Next(all.Length)]);
                var entity = (EntityType)random.Next(5);
                var scenario = scenarios[random.Next(scenarios.Length)];
                var difference = DeepEquality.FirstDifference(evaluator.Uncached(entity, set, scenario), evaluator.Verdict(entity, set, scenario));
                Assert.True(difference is null, $"{entity} {scenario} [{string.Join(",", rules.Categories.Members(set).Select(c => c.Id))}]: {difference}");
            }
        }
    }

    [Fact]
    public void Programs_that_differ_only_in_categories_the_scenario_ignores_share_one_verdict()
    {
        var evaluator = new Evaluator(RuleSetLoader.Default, Language.English);
        var live = RuleSetLoader.Default.Categories.ById("social/live")!.Index;
        var bank = RuleSetLoader.Default.Categories.ById("finance/bank")!.Index;
        var alone = evaluator.Verdict(EntityType.Enterprise, CategorySet.Of(live), "ecommerce");
        var withBank = evaluator.Verdict(EntityType.Enterprise, CategorySet.Of(live).With(bank), "ecommerce");
        Assert.Equal(Outcome.Eligible, alone.Outcome);
        Assert.Same(alone, withBank);
    }

    [Fact]
    public void An_ineligible_verdict_for_a_whole_set_shares_all_but_its_reason_with_the_verdict_for_the_relevant_part()
    {
        var rules = RuleSetLoader.Default;
        var evaluator = new Evaluator(rules, Language.English);
        var live = rules.Categories.ById("social/live")!.Index;
        var bank = rules.Categories.ById("finance/bank")!.Index;
        var part = evaluator.Verdict(EntityType.Enterprise, CategorySet.Of(live), "medical-consultation");
        var whole = evaluator.Verdict(EntityType.Enterprise, CategorySet.Of(live).With(bank), "medical-consultation");
        Assert.Equal(Outcome.Ineligible, whole.Outcome);
        Assert.NotSame(part, whole);
        Assert.Same(part.Remediations, whole.Remediations);
        Assert.Same(part.Provenance, whole.Provenance);
        Assert.Same(part.Warnings, whole.Warnings);
        Assert.Contains(rules.Categories.ById("finance/bank")!.ChineseName, Assert.Single(whole.Reasons).Text);
        Assert.DoesNotContain(rules.Categories.ById("finance/bank")!.ChineseName, Assert.Single(part.Reasons).Text);
        Assert.Same(whole, evaluator.Verdict(EntityType.Enterprise, CategorySet.Of(live).With(bank), "medical-consultation"));
    }
}
