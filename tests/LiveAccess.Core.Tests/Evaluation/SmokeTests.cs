using LiveAccess.Core.Domain;
using static LiveAccess.Core.Tests.TestRules;

namespace LiveAccess.Core.Tests.Evaluation;

public sealed class SmokeTests
{
    [Fact]
    public void Default_rules_load()
    {
        Assert.Equal(10 + 5, Default.Scenarios.Count);
        Assert.Equal(5, Default.Plans.Count);
    }

    [Fact]
    public void Ecommerce_platform_opens_both_plugins()
    {
        var d = Decide("enterprise", "ecommerce", "电商平台/电商平台");
        Assert.Equal(Outcome.Eligible, d.Outcome);
        Assert.Equal(Sorted("tencent-live-plugin", "zego-live-plugin"), d.PlanIds());
    }
}
