using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using LiveAccess.Core.Categories;
using LiveAccess.Core.Domain;
using LiveAccess.Core.Text;
using Outcome = LiveAccess.Core.Domain.Outcome;
using static LiveAccess.Core.Tests.TestRules;

namespace LiveAccess.Core.Tests.Properties;

/// <summary>Properties of normalisation and evaluation over generated inputs (FsCheck).</summary>
public sealed class DecisionProperties
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(500);

    private static readonly Gen<EntityType> Entities = Gen.Elements(Enum.GetValues<EntityType>());
    private static readonly Gen<string> Scenarios = Gen.Elements(Default.Scenarios.Select(s => s.Id).ToArray());
    private static readonly Gen<CategorySet> Sets =
        Gen.SubListOf(Default.Categories.All.Select(c => c.Index).ToArray())
            .Select(list => list.Take(7).Aggregate(CategorySet.Empty, (s, i) => s.With(i)));
    private static readonly Gen<int> OneCategory = Gen.Elements(Default.Categories.All.Select(c => c.Index).ToArray());

    private static int Rank(Outcome o) => o switch { Outcome.Eligible => 2, Outcome.Conditional => 1, _ => 0 };

    [Fact]
    public void Adding_a_category_never_removes_a_plan_nor_worsens_the_outcome()
    {
        var gen = from e in Entities from s in Scenarios from set in Sets from extra in OneCategory select (e, s, set, extra);
        Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var before = English.Verdict(t.e, t.set, t.s);
            var after = English.Verdict(t.e, t.set.With(t.extra), t.s);
            if (Rank(after.Outcome) < Rank(before.Outcome)) return false;
            return after.Outcome != before.Outcome
                   || before.Plans.Select(p => p.Id).All(id => after.Plans.Any(p => p.Id == id));
        }).Check(Runs);
    }

    [Fact]
    public void An_individual_never_gets_a_plan()
    {
        var gen = from s in Scenarios from set in Sets select (s, set);
        Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var v = English.Verdict(EntityType.Individual, t.set, t.s);
            return v.Outcome == Outcome.Ineligible && v.Plans.Count == 0 && v.Reasons.Count > 0 && v.Remediations.Count > 0;
        }).Check(Runs);
    }

    [Fact]
    public void Every_plan_rests_on_a_route_of_the_scenario_that_holds()
    {
        var gen = from e in Entities from s in Scenarios from set in Sets select (e, s, set);
        Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var v = English.Verdict(t.e, t.set, t.s);
            var scenario = Default.FindScenario(t.s)!;
            var routes = Default.RoutesOf(scenario).ToDictionary(r => r.Id);
            foreach (var plan in v.Plans)
            {
                if (plan.Routes.Count == 0) return false;
                foreach (var id in plan.Routes)
                {
                    if (!routes.TryGetValue(id, out var route) || !route.Plans.Contains(plan.Id)) return false;
                    if (!route.Always && route.Entities.Count > 0 && !route.Entities.Contains(t.e)) return false;
                    if (route.Categories is { } c && !t.set.Overlaps(c.Set)) return false;
                }
                if ((v.Outcome == Outcome.Eligible) != (plan.Conditions.Count == 0)) return false;
            }
            return v.Outcome == Outcome.Eligible || (v.Reasons.Count > 0 && v.Remediations.Count > 0);
        }).Check(Runs);
    }

    private static readonly Gen<string> Noise = Gen.Elements(
        "社交/直播", "电商平台-电商平台", "教育服务＞在线视频课程", "\u200B", "\uFEFF", "  ", "；", "，", "|", "／",
        "Ｗｘ", "金融业/证券/期货", "（港股/美股）", "\t", "abc", "医疗", "直播", "-", ">", "\u3000", "ＡＢＣ");

    [Fact]
    public void Normalisation_is_idempotent()
    {
        var gen = Gen.ListOf(Noise).Select(parts => string.Concat(parts));
        Prop.ForAll(gen.ToArbitrary(), text =>
        {
            var once = TextNormalizer.Clean(text);
            return once == TextNormalizer.Clean(once) && TextNormalizer.Key(once) == TextNormalizer.Key(TextNormalizer.Key(once));
        }).Check(Runs);
    }

    [Fact]
    public void Parsing_written_names_of_a_set_gives_the_set_back()
    {
        Prop.ForAll(Sets.ToArbitrary(), set =>
        {
            var written = string.Join("；", Default.Categories.Members(set).Select(c => c.Primary.Zh + " ＞ " + c.Secondary.Zh));
            return Default.Categories.Parse(new[] { written }, Language.English).Set == set;
        }).Check(Runs);
    }
}
