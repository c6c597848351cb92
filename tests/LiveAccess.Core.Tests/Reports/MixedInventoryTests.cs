using System.Linq;
using LiveAccess.Core.Domain;
using LiveAccess.Core.Reports;

namespace LiveAccess.Core.Tests.Reports;

/// <summary>The fixture the report tests rest on decides as the comments in <see cref="ReportRun"/> say.</summary>
public sealed class MixedInventoryTests
{
    [Fact]
    public void Mixed_inventory_has_every_outcome_and_a_refused_row()
    {
        var (_, decisions, errors, totals) = ReportRun.Render(c => new SummaryDecisionWriter(c));
        Assert.Equal(6 + 15, decisions.Count);
        Assert.Single(errors);
        Assert.Equal("bad-app-id", errors[0].Code);
        Assert.Equal(6, errors[0].Source!.Line);
        Assert.True(totals.Balanced);
        Assert.Equal("individual-entity", decisions.Single(d => d.AppId.EndsWith("02")).Reasons[0].Code);
        Assert.Equal(Outcome.Conditional, decisions.Single(d => d.AppId.EndsWith("03")).Outcome);
        Assert.Equal("medical-category-required", decisions.Single(d => d.AppId.EndsWith("03")).Reasons[0].Code);
        Assert.Equal("stale-category", decisions.Single(d => d.AppId.EndsWith("04")).Reasons[0].Code);
        Assert.Equal("no-route", decisions.Single(d => d.AppId.EndsWith("06")).Reasons[0].Code);
        Assert.Equal(ReportRun.HostileName, decisions.Single(d => d.AppId.EndsWith("07")).Name);
    }
}
