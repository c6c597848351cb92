using LiveAccess.Core.Domain;

namespace LiveAccess.Core.Reports;

/// <summary>What fails the pipeline gate (<c>--fail-on</c>).</summary>
public enum FailOn
{
    /// <summary>Only ineligible decisions fail (default).</summary>
    Ineligible,
    /// <summary>Conditional and ineligible decisions fail.</summary>
    Conditional,
}

/// <summary>The gate's rule: which decisions fail it.</summary>
public sealed record GatePolicy(FailOn FailOn)
{
    /// <summary>Fails on ineligible.</summary>
    public static GatePolicy Default { get; } = new(FailOn.Ineligible);

    /// <summary>True when the decision fails the gate.</summary>
    public bool Fails(Decision decision) => decision is not null && Fails(decision.Outcome);

    /// <summary>True when a decision with this outcome fails the gate.</summary>
    public bool Fails(Outcome outcome) => outcome == Outcome.Ineligible || (FailOn == FailOn.Conditional && outcome == Outcome.Conditional);

    /// <summary>True when the decision passes but deserves a warning (conditional under the default gate).</summary>
    public bool Warns(Decision decision) =>
        decision is not null && !Fails(decision) && decision.Outcome == Outcome.Conditional;
}
