using System.Collections.Generic;
using System.Linq;
using LiveAccess.Core.Domain;
using static LiveAccess.Core.Tests.TestRules;

namespace LiveAccess.Core.Tests.Evaluation;

/// <summary>WeChat's newest native-component list (2026-07): the rows beyond the seeds.</summary>
public sealed class NewestListRouteTests
{
    private static readonly string[] Native = { "tencent-standard-live", "zego-live-components" };

    [Theory]
    [InlineData("real-estate-marketing", "房地产服务/房地产营销")]
    [InlineData("multi-party-conferencing", "IT科技/多方通信")]
    [InlineData("av-devices", "IT科技/音视频设备")]
    [InlineData("notarization", "商业服务/公证")]
    [InlineData("medical-consultation", "医疗/三级私立医疗机构")]
    [InlineData("medical-consultation", "医疗/其他私立医疗机构")]
    [InlineData("finance", "金融/融资担保")]
    [InlineData("finance", "金融/汽车金融/融资租赁")]
    [InlineData("finance", "金融/股票信息服务平台")]
    [InlineData("entertainment", "社交/直播表演")]
    public void Newest_list_row_opens_native_components(string scenario, string category)
    {
        var d = Decide("enterprise", scenario, category);
        Assert.Equal(Outcome.Eligible, d.Outcome);
        Assert.Contains(Native[0], d.PlanIds());
        Assert.Contains(Native[1], d.PlanIds());
        Assert.Contains(d.Provenance, p => p.Source == "wechat-native-2026-07" && p.Date == "2026-07-29");
    }

    [Fact]
    public void Public_transport_is_conditional_on_a_hong_kong_or_macau_government()
    {
        var d = Decide("government", "public-transport", "公共服务/交通运输");
        Assert.Equal(Outcome.Conditional, d.Outcome);
        Assert.Contains(d.Reasons, r => r.Code == "hk-macau-government-only");
        Assert.Equal(Outcome.Ineligible, Decide("enterprise", "public-transport", "公共服务/交通运输").Outcome);
    }

    [Fact]
    public void Without_scenario_every_scenario_is_answered_once()
    {
        var decisions = English.Evaluate(Program("enterprise", null, "社交/直播"));
        Assert.Equal(Default.Scenarios.Count, decisions.Count);
        Assert.Equal(Default.Scenarios.Count, decisions.Select(d => d.Scenario).Distinct().Count());
    }

    [Fact]
    public void Every_route_of_the_default_rules_is_reachable_and_opens_its_plans()
    {
        // For each route, build the smallest program that satisfies it and check its plans come out.
        foreach (var route in Default.Routes)
        {
            var entity = route.Entities.Count > 0 ? route.Entities[0] : EntityType.Enterprise;
            var categories = route.Categories is { } c ? Default.Categories.Members(c.Set).Take(1).Select(x => x.Id).ToList() : new List<string>();
            var scenarios = Default.Scenarios.Where(s => s.Id == route.Scenario || s.Includes.Contains(route.Scenario));
            foreach (var s in scenarios)
            {
                if (s.Requirement is { } req) categories.Add(Default.Categories.Members(req.Categories.Set).First().Id);
                var d = Decide(entity.Id(), s.Id, categories.ToArray());
                Assert.NotEqual(Outcome.Ineligible, d.Outcome);
                foreach (var plan in route.Plans) Assert.Contains(plan, d.PlanIds());
            }
        }
    }
}
