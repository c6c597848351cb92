using LiveAccess.Core.Domain;

namespace LiveAccess.Core.Reports;

/// <summary>The stable, lower-case ids of outcomes as every report writes them.</summary>
public static class Outcomes
{
    /// <summary><c>eligible</c>, <c>conditional</c> or <c>ineligible</c>.</summary>
    public static string Id(Outcome outcome) => outcome switch
    {
        Outcome.Eligible => "eligible",
        Outcome.Conditional => "conditional",
        _ => "ineligible",
    };

    /// <summary>
    /// The id of the least outcome that fails the gate (<c>conditional</c> or <c>ineligible</c>),
    /// as <c>--fail-on</c> takes it and reports name it.
    /// </summary>
    public static string Id(FailOn failOn) => Id(failOn == FailOn.Conditional ? Outcome.Conditional : Outcome.Ineligible);
}
