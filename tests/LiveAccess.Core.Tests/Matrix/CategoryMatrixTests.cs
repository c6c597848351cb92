using System.Linq;
using LiveAccess.Core.Domain;
using LiveAccess.Core.Matrix;
using LiveAccess.Core.Rules;

namespace LiveAccess.Core.Tests.Matrix;

public sealed class CategoryMatrixTests
{
    private static readonly CategoryMatrix M = CategoryMatrix.Build(RuleSetLoader.Default);

    private static CategoryRow Row(string id) => M.Categories.Single(r => r.Category.Id == id);
    private static ScenarioRow Scenario(string id) => M.Scenarios.Single(r => r.Id == id);

    [Fact]
    public void Vendors_group_the_plans_in_rule_order()
    {
        Assert.Equal(new[] { "Tencent Cloud", "ZEGO" }, M.Vendors.Select(v => v.Name));
        Assert.Equal(new[] { "tencent-live-plugin", "tencent-standard-live", "tencent-enterprise-live" }, M.Vendors[0].Plans.Select(p => p.Id));
        Assert.Equal(new[] { "zego-live-components", "zego-live-plugin" }, M.Vendors[1].Plans.Select(p => p.Id));
        Assert.Equal("腾讯云", M.Vendors[0].DisplayName.Zh);
        Assert.Equal(M.Vendors.SelectMany(v => v.Plans).Select(p => p.Id), M.Plans.Select(p => p.Id));
        Assert.Equal("2026.11.21", M.RuleSetVersion);
    }

    [Fact]
    public void Every_catalogue_category_has_a_row_even_when_it_opens_nothing()
    {
        Assert.Equal(RuleSetLoader.Default.Categories.All.Count, M.Categories.Count);
        Assert.False(Row("finance/microcredit").OpensAnything);
        Assert.All(M.Plans, p => Assert.Equal(CellMark.None, Row("finance/microcredit").Cell(p.Id).Mark));
    }

    [Fact]
    public void Ecommerce_platform_opens_the_plugins_and_on_condition_in_medical_sales()
    {
        var cell = Row("ecommerce/platform").Cell("tencent-live-plugin");
        Assert.Equal(CellMark.Open, cell.Mark);
        Assert.Equal(new[] { "ecommerce", "medical-sales" }, cell.Openings.Select(o => o.ScenarioId));
        Assert.False(cell.Openings[0].IsConditional);
        Assert.Equal("medical-category-required", Assert.Single(cell.Openings[1].Conditions).Code);
        Assert.Equal(CellMark.None, Row("ecommerce/platform").Cell("tencent-standard-live").Mark);
    }

    [Fact]
    public void Stale_video_customer_service_is_conditional_everywhere()
    {
        var cell = Row("tools/video-customer-service").Cell("zego-live-components");
        Assert.Equal(CellMark.Conditional, cell.Mark);
        Assert.Equal("stale-category", Assert.Single(Assert.Single(cell.Openings).Conditions).Code);
    }

    [Fact]
    public void A_category_route_limited_to_an_entity_says_so_as_a_condition()
    {
        var opening = Assert.Single(Row("public-services/transport").Cell("tencent-standard-live").Openings);
        Assert.Equal(new[] { "entity-only", "hk-macau-government-only" }, opening.Conditions.Select(c => c.Code));
        Assert.Contains("government", opening.Conditions[0].Text.En);
        Assert.Contains("政府", opening.Conditions[0].Text.Zh);
    }

    [Fact]
    public void Scenario_rows_say_what_opens_each_plan()
    {
        var saas = Assert.Single(Scenario("education").Cell("tencent-enterprise-live").Openers);
        Assert.True(saas.Always);
        var gov = Assert.Single(Scenario("government").Cell("tencent-standard-live").Openers);
        Assert.Equal(new[] { EntityType.Government }, gov.Entities);
        Assert.Empty(gov.Categories);
        var medical = Assert.Single(Scenario("medical-sales").Cell("zego-live-plugin").Openers);
        Assert.Equal("ecommerce", medical.IncludedFrom);
        Assert.Equal("medical-category-required", Assert.Single(medical.Conditions).Code);
        Assert.Equal(CellMark.Conditional, Scenario("medical-sales").Cell("zego-live-plugin").Mark);
        Assert.Equal(2, Scenario("finance").Cell("tencent-standard-live").Openers.Count);
        Assert.Equal(CellMark.None, Scenario("government").Cell("tencent-live-plugin").Mark);
    }

    [Fact]
    public void Every_opening_agrees_with_the_evaluator()
    {
        // The matrix is a view of the same rules: a program holding only the category gets the plan
        // in the scenario (fully, or on conditions, exactly as the cell says).
        var evaluator = TestRules.English;
        foreach (var row in M.Categories)
            foreach (var plan in M.Plans)
                foreach (var opening in row.Cell(plan.Id).Openings)
                {
                    var entity = opening.Conditions.Any(c => c.Code == "entity-only") ? EntityType.Government : EntityType.Enterprise;
                    var verdict = evaluator.Verdict(entity, LiveAccess.Core.Categories.CategorySet.Of(row.Category.Index), opening.ScenarioId);
                    var match = verdict.Plans.SingleOrDefault(p => p.Id == plan.Id);
                    Assert.True(match is not null, $"{row.Category.Id} should open {plan.Id} in {opening.ScenarioId}");
                    var stillConditional = opening.Conditions.Any(c => c.Code != "entity-only");
                    Assert.Equal(stillConditional ? Outcome.Conditional : Outcome.Eligible, verdict.Outcome);
                }
    }

    [Fact]
    public void No_empty_cell_hides_a_plan_the_category_opens()
    {
        var evaluator = TestRules.English;
        foreach (var row in M.Categories)
            foreach (var scenario in M.Scenarios)
            {
                var verdict = evaluator.Verdict(EntityType.Enterprise, LiveAccess.Core.Categories.CategorySet.Of(row.Category.Index), scenario.Id);
                foreach (var plan in verdict.Plans.Where(p => p.MatchedBy.Contains(row.Category.ChineseName)))
                    Assert.Contains(row.Cell(plan.Id).Openings, o => o.ScenarioId == scenario.Id);
            }
    }
}
