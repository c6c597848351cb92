using System.Collections.Generic;

namespace LiveAccess.Core.Domain;

/// <summary>
/// The part of a decision that depends only on entity type, categories and scenario.
/// Immutable and shared: many programs with the same inputs share one verdict.
/// </summary>
public sealed record Verdict
{
    /// <summary>Scenario id.</summary>
    public required string Scenario { get; init; }
    /// <summary>Scenario display name.</summary>
    public required string ScenarioName { get; init; }
    /// <summary>The outcome.</summary>
    public required Outcome Outcome { get; init; }
    /// <summary>Plans: fully open ones when eligible, the ones that open on conditions when conditional.</summary>
    public IReadOnlyList<PlanMatch> Plans { get; init; } = System.Array.Empty<PlanMatch>();
    /// <summary>Why the outcome is what it is (always set unless eligible).</summary>
    public IReadOnlyList<Message> Reasons { get; init; } = System.Array.Empty<Message>();
    /// <summary>What to change to open (more) plans.</summary>
    public IReadOnlyList<Message> Remediations { get; init; } = System.Array.Empty<Message>();
    /// <summary>Warnings from the rules (review rejection, stale rows, notes).</summary>
    public IReadOnlyList<Message> Warnings { get; init; } = System.Array.Empty<Message>();
    /// <summary>Sources the answer rests on.</summary>
    public IReadOnlyList<Provenance> Provenance { get; init; } = System.Array.Empty<Provenance>();
}
