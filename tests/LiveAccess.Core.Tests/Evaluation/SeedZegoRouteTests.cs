using LiveAccess.Core.Domain;
using static LiveAccess.Core.Tests.TestRules;

namespace LiveAccess.Core.Tests.Evaluation;

/// <summary>One test per category of the ZEGO 即构直播助手 table, and ZEGO's rule on native components.</summary>
public sealed class SeedZegoRouteTests
{
    [Fact]
    public void 电商平台_电商平台_opens_zego_plugin_in_ecommerce()
    {
        var d = Decide("enterprise", "ecommerce", "电商平台/电商平台");
        Assert.Contains("zego-live-plugin", d.PlanIds());
        Assert.Contains(d.Provenance, p => p.Source == "zego-plugin");
    }

    [Theory]
    [InlineData("教育/培训机构")]
    [InlineData("教育/学历教育")]
    [InlineData("教育/驾校培训")]
    [InlineData("教育/教育平台")]
    public void Education_category_of_the_zego_table_opens_zego_plugin(string category)
    {
        var d = Decide("enterprise", "education", category);
        Assert.Equal(Outcome.Eligible, d.Outcome);
        Assert.Contains("zego-live-plugin", d.PlanIds());
        Assert.DoesNotContain("zego-live-components", d.PlanIds());
    }

    [Theory]
    [InlineData("教育/素质教育")]
    [InlineData("教育/在线教育")]
    public void Education_category_not_on_the_zego_table_does_not_open_zego_plugin(string category)
    {
        Assert.DoesNotContain("zego-live-plugin", Decide("enterprise", "education", category).PlanIds());
    }

    [Fact]
    public void Ecommerce_or_education_without_online_video_courses_gets_no_native_components()
    {
        Assert.DoesNotContain("zego-live-components", Decide("enterprise", "ecommerce", "电商平台/电商平台").PlanIds());
        Assert.DoesNotContain("zego-live-components", Decide("enterprise", "education", "教育/培训机构").PlanIds());
        Assert.Contains("zego-live-components", Decide("enterprise", "education", "教育/在线视频课程").PlanIds());
    }
}
