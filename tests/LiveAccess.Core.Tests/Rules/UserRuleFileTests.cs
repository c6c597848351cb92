using System.Linq;
using LiveAccess.Core.Domain;
using LiveAccess.Core.Evaluation;
using LiveAccess.Core.Rules;
using LiveAccess.Core.Text;

namespace LiveAccess.Core.Tests.Rules;

public sealed class UserRuleFileTests
{
    private static Decision Decide(RuleSet rules, string entity, string scenario, params string[] categories)
    {
        var program = new ProgramNormalizer(rules, Language.English).Normalize(new InventoryRow
        {
            AppId = "wx0123456789abcdef", EntityType = entity, Scenario = scenario, Categories = categories,
        }).Program!;
        return new Evaluator(rules, Language.English).Evaluate(program).Single();
    }

    [Fact]
    public void Extend_adds_a_category_and_a_route_and_keeps_the_default()
    {
        var rules = RuleSetLoader.Load("""
            mode: extend
            version: ops-1
            sources:
              - { id: ops-note, title: "Our WeChat contact, mail of 2026-11-02", date: "2026-11-02" }
            categories:
              - id: social
                secondaries:
                  - { id: voice-room, zh-CN: 语音聊天室, en: Voice chat room }
            routes:
              - id: entertainment.voice-room.native
                scenario: entertainment
                when: { anyCategory: [社交/语音聊天室] }
                plans: [tencent-standard-live]
                source: { ref: ops-note, section: mail }
            """, "ops.yaml");
        Assert.Equal(RuleSetLoader.Default.Version + "+ops-1", rules.Version);
        var d = Decide(rules, "enterprise", "entertainment", "社交/语音聊天室");
        Assert.Equal(Outcome.Eligible, d.Outcome);
        Assert.Equal(new[] { "tencent-standard-live" }, d.Plans.Select(p => p.Id));
        Assert.Contains(d.Provenance, p => p.Source == "ops-note" && p.Date == "2026-11-02");
        Assert.Equal(Outcome.Eligible, Decide(rules, "enterprise", "ecommerce", "电商平台/电商平台").Outcome);
    }

    [Fact]
    public void Extend_can_remove_a_route()
    {
        var rules = RuleSetLoader.Load("mode: extend\nversion: x\nremoveRoutes: [customer-service.native]\n", "ops.yaml");
        Assert.Equal(Outcome.Ineligible, Decide(rules, "enterprise", "customer-service", "工具/视频客服").Outcome);
        Assert.Equal(Outcome.Conditional, Decide(RuleSetLoader.Default, "enterprise", "customer-service", "工具/视频客服").Outcome);
    }

    [Fact]
    public void Replace_makes_the_file_the_whole_rule_set()
    {
        var rules = RuleSetLoader.Load("""
            version: "2027.01"
            sources: [{ id: s, title: S, date: "2027-01-01" }]
            plans: [{ id: only-plan, vendor: V, integration: saas, needsDevelopment: false, name: Only }]
            categories: [{ id: c, zh-CN: 类, en: C, secondaries: [{ id: d, zh-CN: 目, en: D }] }]
            scenarios: [{ id: s1, name: S1, source: { ref: s } }]
            routes: [{ id: r1, scenario: s1, when: { anyCategory: [c/d] }, plans: [only-plan], source: { ref: s } }]
            """, "replace.yaml");
        Assert.Equal("2027.01", rules.Version);
        Assert.Single(rules.Scenarios);
        Assert.Equal(Outcome.Eligible, Decide(rules, "enterprise", "s1", "类/目").Outcome);
    }

    [Fact]
    public void The_default_text_round_trips_as_a_replace_file()
    {
        var rules = RuleSetLoader.Load(RuleSetLoader.DefaultText(), "copy.yaml");
        Assert.Equal(RuleSetLoader.Default.Routes.Count, rules.Routes.Count);
        Assert.Equal(RuleSetLoader.Default.Categories.All.Count, rules.Categories.All.Count);
    }

    [Fact]
    public void Every_route_and_scenario_carries_a_dated_source()
    {
        foreach (var route in RuleSetLoader.Default.Routes)
        {
            var source = RuleSetLoader.Default.Source(route.Source.SourceId);
            Assert.False(string.IsNullOrEmpty(source.DisplayDate));
            Assert.False(string.IsNullOrEmpty(route.Source.Section), route.Id);
        }
    }

    [Fact]
    public void Every_message_has_both_languages()
    {
        foreach (var (key, text) in Messages.All)
        {
            Assert.False(string.IsNullOrWhiteSpace(text.En), key + " en");
            Assert.False(string.IsNullOrWhiteSpace(text.Zh), key + " zh-CN");
        }
    }
}
