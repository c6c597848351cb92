namespace LiveAccess;

/// <summary>
/// A cell of the scenario × plan matrix (Export-CategoryMatrix -RowKind Scenario): in this
/// scenario, this plan is opened by these categories, an entity type, or always.
/// </summary>
public sealed class ScenarioMatrixCell
{
    /// <summary>Scenario id.</summary>
    public string Scenario { get; internal set; } = string.Empty;
    /// <summary>Scenario name in the chosen language.</summary>
    public string ScenarioName { get; internal set; } = string.Empty;
    /// <summary>The section of the source that defines the scenario (场景N).</summary>
    public string? Section { get; internal set; }
    /// <summary>Plan id.</summary>
    public string PlanId { get; internal set; } = string.Empty;
    /// <summary>The plan's vendor.</summary>
    public string Vendor { get; internal set; } = string.Empty;
    /// <summary>open or conditional.</summary>
    public string Mark { get; internal set; } = string.Empty;
    /// <summary>What opens the plan: always, entity: government, categories: 社交/直播...</summary>
    public string[] OpenedBy { get; internal set; } = System.Array.Empty<string>();
    /// <summary>Conditions of the conditional openers.</summary>
    public string[] Conditions { get; internal set; } = System.Array.Empty<string>();

    /// <inheritdoc />
    public override string ToString() => Scenario + " → " + PlanId;
}
