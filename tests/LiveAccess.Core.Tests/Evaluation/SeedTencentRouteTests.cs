using LiveAccess.Core.Domain;
using static LiveAccess.Core.Tests.TestRules;

namespace LiveAccess.Core.Tests.Evaluation;

/// <summary>One test per row of the Tencent Cloud seed tables (场景1-9).</summary>
public sealed class SeedTencentRouteTests
{
    private static readonly string[] Native = { "tencent-standard-live", "zego-live-components" };

    private static void AssertEligible(Decision d, params string[] plans)
    {
        Assert.Equal(Outcome.Eligible, d.Outcome);
        Assert.True(d.Eligible);
        Assert.Equal(Sorted(plans), d.PlanIds());
        Assert.All(d.Plans, p => Assert.Empty(p.Conditions));
    }

    [Fact]
    public void 场景1_政府主体_opens_native_components()
    {
        var d = Decide("政府", "government");
        AssertEligible(d, Native);
        Assert.All(d.Plans, p => Assert.Contains("entity:government", p.MatchedBy));
        Assert.Contains(d.Provenance, p => p.Section == "场景1");
    }

    [Fact]
    public void 场景1_non_government_entity_is_ineligible_with_remediation()
    {
        var d = Decide("enterprise", "government", "社交/直播");
        Assert.Equal(Outcome.Ineligible, d.Outcome);
        Assert.Empty(d.Plans);
        Assert.Contains(d.Remediations, r => r.Code == "entity-required" && r.Text.Contains("government"));
    }

    [Fact]
    public void 场景2_电商平台_电商平台_opens_both_plugins()
    {
        var d = Decide("enterprise", "ecommerce", "电商平台/电商平台");
        AssertEligible(d, "tencent-live-plugin", "zego-live-plugin");
        Assert.Contains(d.Warnings, w => w.Code == "prohibited-goods");
        Assert.Contains(d.Warnings, w => w.Code == "category-review");
    }

    [Fact]
    public void 场景2_社交_直播_opens_native_components()
    {
        AssertEligible(Decide("enterprise", "ecommerce", "社交/直播"), Native);
    }

    [Fact]
    public void 场景2_both_categories_open_all_four_plans()
    {
        AssertEligible(Decide("media", "ecommerce", "电商平台/电商平台; 社交/直播"),
            "tencent-live-plugin", "zego-live-plugin", "tencent-standard-live", "zego-live-components");
    }

    [Fact]
    public void 场景2_without_category_is_ineligible_and_names_what_to_add()
    {
        var d = Decide("enterprise", "ecommerce", "工具/视频客服");
        Assert.Equal(Outcome.Ineligible, d.Outcome);
        Assert.Contains(d.Reasons, r => r.Code == "no-route");
        Assert.Contains(d.Remediations, r => r.Text.Contains("电商平台/电商平台") && r.Text.Contains("tencent-live-plugin") && r.Text.Contains("zego-live-plugin"));
        Assert.Contains(d.Remediations, r => r.Text.Contains("社交/直播") && r.Text.Contains("tencent-standard-live"));
    }

    [Fact]
    public void 场景3_无类目要求_opens_enterprise_live_saas()
    {
        var d = Decide("enterprise", "education");
        AssertEligible(d, "tencent-enterprise-live");
        Assert.False(d.Plans[0].NeedsDevelopment);
        Assert.Contains("no-category-required", d.Plans[0].MatchedBy);
    }

    [Theory]
    [InlineData("教育/素质教育")]
    [InlineData("教育/出国留学")]
    [InlineData("教育/教育信息服务")]
    public void 场景3_教育类目下所有二级类目_open_tencent_plugin(string category)
    {
        AssertEligible(Decide("enterprise", "education", category), "tencent-enterprise-live", "tencent-live-plugin");
    }

    [Fact]
    public void 场景3_教育_在线视频课程_opens_native_components()
    {
        AssertEligible(Decide("enterprise", "education", "教育/在线视频课程"),
            "tencent-enterprise-live", "tencent-live-plugin", "tencent-standard-live", "zego-live-components");
    }

    [Fact]
    public void 场景4_无类目要求_opens_enterprise_live_saas()
    {
        AssertEligible(Decide("organization", "finance"), "tencent-enterprise-live");
    }

    [Theory]
    [InlineData("金融业/银行")]
    [InlineData("金融业/信托")]
    [InlineData("金融业/公募基金")]
    [InlineData("金融业/私募基金")]
    [InlineData("金融业/证券/期货")]
    [InlineData("金融业/证券、期货投资咨询")]
    [InlineData("金融业/保险")]
    [InlineData("金融业/征信业务")]
    [InlineData("金融业/新三板信息服务平台")]
    [InlineData("金融业/股票信息服务平台（港股/美股）")]
    [InlineData("金融业/消费金融")]
    public void 场景4_金融业下部分二级类目_open_native_components(string category)
    {
        AssertEligible(Decide("enterprise", "finance", category), "tencent-enterprise-live", "tencent-standard-live", "zego-live-components");
    }

    [Fact]
    public void 场景4_finance_category_off_the_list_leaves_only_saas()
    {
        AssertEligible(Decide("enterprise", "finance", "金融/非金融机构自营小额贷款"), "tencent-enterprise-live");
    }

    [Fact]
    public void 场景5_医疗器械_非处方药销售_with_ecommerce_and_medical_category_is_eligible()
    {
        AssertEligible(Decide("enterprise", "medical-sales", "电商平台/电商平台", "医疗/互联网医院"), "tencent-live-plugin", "zego-live-plugin");
    }

    [Fact]
    public void 场景5_医疗器械_非处方药销售_without_medical_category_is_conditional()
    {
        var d = Decide("enterprise", "medical-sales", "电商平台/电商平台");
        Assert.Equal(Outcome.Conditional, d.Outcome);
        Assert.False(d.Eligible);
        Assert.Equal(Sorted("tencent-live-plugin", "zego-live-plugin"), d.PlanIds());
        Assert.All(d.Plans, p => Assert.Contains(p.Conditions, c => c.Code == "medical-category-required"));
        Assert.Contains(d.Reasons, r => r.Code == "medical-category-required" && r.Text.Contains("医疗"));
        Assert.Contains(d.Remediations, r => r.Code == "medical-category-required");
    }

    [Fact]
    public void 场景5_医疗器械_非处方药销售_with_social_live_and_medical_category_opens_native()
    {
        AssertEligible(Decide("enterprise", "medical-sales", "社交/直播", "医疗服务/公立医疗机构"), Native);
    }

    [Fact]
    public void 场景5_医疗器械_非处方药销售_with_only_a_medical_category_is_ineligible()
    {
        var d = Decide("enterprise", "medical-sales", "医疗/互联网医院");
        Assert.Equal(Outcome.Ineligible, d.Outcome);
        Assert.Contains(d.Remediations, r => r.Text.Contains("电商平台/电商平台"));
    }

    [Theory]
    [InlineData("医疗/互联网医院")]
    [InlineData("医疗/公立医疗机构")]
    public void 场景5_问诊_健康讲座_opens_native_components(string category)
    {
        AssertEligible(Decide("enterprise", "medical-consultation", category), Native);
    }

    [Fact]
    public void 场景6_社交_直播_opens_native_components_with_goods_and_performance_notes()
    {
        var d = Decide("enterprise", "entertainment", "社交/直播");
        AssertEligible(d, Native);
        Assert.Contains(d.Warnings, w => w.Code == "goods-follow-ecommerce");
        Assert.Contains(d.Warnings, w => w.Code == "performance-needs-live-performance");
    }

    [Fact]
    public void 场景7_政府主体_opens_native_components()
    {
        AssertEligible(Decide("government", "scenic-spot"), Native);
    }

    [Fact]
    public void 场景7_社交_直播_opens_native_components()
    {
        AssertEligible(Decide("enterprise", "scenic-spot", "社交-直播"), Native);
    }

    [Theory]
    [InlineData("汽车/汽车预售服务")]
    [InlineData("汽车服务/汽车预售")]
    public void 场景8_汽车_汽车预售服务_opens_native_components(string category)
    {
        AssertEligible(Decide("enterprise", "auto-presale", category), Native);
    }

    [Fact]
    public void 场景9_工具_视频客服_is_conditional_because_the_newest_list_dropped_it()
    {
        var d = Decide("enterprise", "customer-service", "工具/视频客服");
        Assert.Equal(Outcome.Conditional, d.Outcome);
        Assert.Equal(Sorted(Native), d.PlanIds());
        Assert.All(d.Plans, p => Assert.Contains(p.Conditions, c => c.Code == "stale-category"));
        Assert.Contains(d.Reasons, r => r.Code == "stale-category" && r.Text.Contains("1v1 VoIP"));
        Assert.Contains(d.Provenance, p => p.Source == "wechat-native-history");
    }

    [Fact]
    public void Every_scenario_is_ineligible_for_an_individual_with_reason_and_remediation()
    {
        foreach (var d in English.Evaluate(Program("个人", null, "社交/直播", "电商平台/电商平台", "教育/在线视频课程")))
        {
            Assert.Equal(Outcome.Ineligible, d.Outcome);
            Assert.Empty(d.Plans);
            Assert.Contains(d.Reasons, r => r.Code == "individual-entity");
            Assert.Contains(d.Remediations, r => r.Code == "non-individual-entity");
        }
    }

    [Fact]
    public void Individual_in_a_scenario_with_a_saas_is_told_about_it()
    {
        var d = Decide("individual", "education");
        Assert.Contains(d.Remediations, r => r.Code == "use-saas" && r.Text.Contains("tencent-enterprise-live"));
    }
}
