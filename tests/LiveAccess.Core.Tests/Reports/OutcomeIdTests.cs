using LiveAccess.Core.Domain;
using LiveAccess.Core.Reports;

namespace LiveAccess.Core.Tests.Reports;

/// <summary>The ids every report and front writes for outcomes and for what fails the gate.</summary>
public sealed class OutcomeIdTests
{
    [Theory]
    [InlineData(Outcome.Eligible, "eligible")]
    [InlineData(Outcome.Conditional, "conditional")]
    [InlineData(Outcome.Ineligible, "ineligible")]
    public void Outcome_ids(Outcome outcome, string id) => Assert.Equal(id, Outcomes.Id(outcome));

    [Theory]
    [InlineData(FailOn.Ineligible, "ineligible")]
    [InlineData(FailOn.Conditional, "conditional")]
    public void Fail_on_ids_are_the_least_failing_outcome(FailOn failOn, string id) => Assert.Equal(id, Outcomes.Id(failOn));
}
