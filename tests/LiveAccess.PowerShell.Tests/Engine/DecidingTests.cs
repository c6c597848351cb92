using System.Linq;
using LiveAccess.PowerShell.Tests.Support;

namespace LiveAccess.PowerShell.Tests.Engine;

/// <summary>
/// What Test-LiveEligibility and Get-LivePlan write for a bound row, through the isolated module:
/// the mapping onto the output objects and the per-row error and warnings. (The decisions
/// themselves are the core's and tested there; here the glue is.)
/// </summary>
public sealed class DecidingTests
{
    private const string AppId = "wx0123456789ABCDEF";

    [Fact]
    public void An_eligible_program_maps_onto_the_result_contract()
    {
        var row = Support.Engine.Decide(Support.Engine.Session(), AppId, "enterprise", new[] { "电商平台/电商平台" }, "ecommerce", "Shop");
        Assert.Null(Support.Engine.Error(row));
        var result = Support.Engine.Result(Support.Engine.Decisions(row).Single());
        Assert.Equal("LiveAccess.EligibilityResult", ((object)result).GetType().FullName);
        Assert.Equal("wx0123456789abcdef", (string)result.AppId);
        Assert.Equal("Shop", (string)result.Name);
        Assert.Equal("enterprise", (string)result.EntityType);
        Assert.Equal("ecommerce", (string)result.Scenario);
        Assert.Equal("eligible", (string)result.Outcome);
        Assert.True((bool)result.Eligible);
        var plans = ((object[])result.Plans).Select(p => (string)((dynamic)p).Id).ToList();
        Assert.Equal(new[] { "tencent-live-plugin", "zego-live-plugin" }, plans.OrderBy(p => p));
        Assert.NotEmpty((object[])result.Provenance);
        Assert.False(string.IsNullOrEmpty((string)result.RuleSetVersion));
        Assert.Null((string?)result.Source);
    }

    [Fact]
    public void Chinese_words_for_entity_and_scenario_bind_like_the_ids()
    {
        var row = Support.Engine.Decide(Support.Engine.Session(), AppId, "企业", new[] { "社交/直播" }, "场景2");
        var result = Support.Engine.Result(Support.Engine.Decisions(row).Single());
        Assert.Equal("ecommerce", (string)result.Scenario);
        Assert.Equal("eligible", (string)result.Outcome);
    }

    [Fact]
    public void Without_a_scenario_every_scenario_is_answered()
    {
        var rules = LoadedModule.Get(Support.Engine.Rules(), "Rules")!;
        var scenarios = ((System.Collections.IEnumerable)LoadedModule.Get(rules, "Scenarios")!).Cast<object>().Count();
        var row = Support.Engine.Decide(Support.Engine.Session(), AppId, "enterprise", new[] { "社交/直播" }, "");
        Assert.Equal(scenarios, Support.Engine.Decisions(row).Count);
    }

    [Fact]
    public void A_bad_AppId_is_one_error_with_the_core_code_and_no_decision()
    {
        var row = Support.Engine.Decide(Support.Engine.Session(), "wx123", "enterprise", new[] { "社交/直播" }, "ecommerce");
        Assert.Empty(Support.Engine.Decisions(row));
        var error = Support.Engine.Error(row)!;
        Assert.Equal("bad-app-id", (string)LoadedModule.Get(error, "Code")!);
        Assert.Equal("wx123", (string?)LoadedModule.Get(error, "AppId"));
    }

    [Fact]
    public void An_empty_AppId_from_a_CSV_cell_is_reported_by_the_core_not_refused_by_binding()
    {
        var row = Support.Engine.Decide(Support.Engine.Session(), "", "enterprise", null, null);
        Assert.Equal("missing-app-id", (string)LoadedModule.Get(Support.Engine.Error(row)!, "Code")!);
    }

    [Fact]
    public void An_unknown_category_is_an_input_warning_with_the_nearest_name()
    {
        var row = Support.Engine.Decide(Support.Engine.Session(), AppId, "enterprise", new[] { "社交/直博" }, "entertainment");
        var warning = Assert.Single(Support.Engine.InputWarnings(row));
        Assert.Contains("社交/直播", warning);
        Assert.Contains("社交/直博", warning);
    }

    [Fact]
    public void Chinese_language_gives_Chinese_texts()
    {
        var row = Support.Engine.Decide(Support.Engine.Session("zh-CN"), AppId, "individual", null, "ecommerce");
        var result = Support.Engine.Result(Support.Engine.Decisions(row).Single());
        Assert.Equal("ineligible", (string)result.Outcome);
        Assert.Contains("个人", (string)((dynamic)((object[])result.Reasons)[0]).Message);
    }

    [Fact]
    public void Get_LivePlan_objects_are_flat_with_conditions_where_conditional()
    {
        var session = Support.Engine.Session();
        var medical = Support.Engine.Decide(session, AppId, "enterprise", new[] { "电商平台/电商平台" }, "medical-sales");
        var plans = Support.Engine.Plans(Support.Engine.Decisions(medical).Single());
        Assert.NotEmpty(plans);
        Assert.All(plans, p =>
        {
            Assert.Equal("wx0123456789abcdef", (string)p.AppId);
            Assert.Equal("conditional", (string)p.Outcome);
            Assert.True((bool)p.Conditional);
            Assert.Contains(((object[])p.Conditions).Cast<dynamic>(), c => (string)c.Code == "medical-category-required");
        });
        Assert.Contains(plans, p => (string)p.Vendor == "ZEGO");

        var individual = Support.Engine.Decide(session, "wx00000000000000ff", "individual", null, "ecommerce");
        Assert.Empty(Support.Engine.Plans(Support.Engine.Decisions(individual).Single()));
    }
}
