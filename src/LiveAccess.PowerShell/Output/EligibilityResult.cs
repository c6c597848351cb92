namespace LiveAccess;

/// <summary>
/// The answer for one mini program in one scenario (Test-LiveEligibility, Assert-LiveEligibility -PassThru).
/// Property names are the public decision contract in PascalCase.
/// </summary>
public sealed class EligibilityResult
{
    /// <summary>AppID, lower case.</summary>
    public string AppId { get; internal set; } = string.Empty;
    /// <summary>Mini program name, when given.</summary>
    public string? Name { get; internal set; }
    /// <summary>Entity type id: individual, enterprise, government, media or organization.</summary>
    public string EntityType { get; internal set; } = string.Empty;
    /// <summary>Scenario id, e.g. ecommerce.</summary>
    public string Scenario { get; internal set; } = string.Empty;
    /// <summary>Scenario name in the chosen language.</summary>
    public string ScenarioName { get; internal set; } = string.Empty;
    /// <summary>eligible, conditional or ineligible.</summary>
    public string Outcome { get; internal set; } = string.Empty;
    /// <summary>True only when the outcome is eligible.</summary>
    public bool Eligible { get; internal set; }
    /// <summary>The open plans (eligible) or the plans that open on conditions (conditional).</summary>
    public MatchedPlan[] Plans { get; internal set; } = System.Array.Empty<MatchedPlan>();
    /// <summary>Why the outcome is what it is.</summary>
    public ResultMessage[] Reasons { get; internal set; } = System.Array.Empty<ResultMessage>();
    /// <summary>What to change to open (more) plans.</summary>
    public ResultMessage[] Remediations { get; internal set; } = System.Array.Empty<ResultMessage>();
    /// <summary>Warnings of the rules and of the input (unknown categories...).</summary>
    public ResultMessage[] Warnings { get; internal set; } = System.Array.Empty<ResultMessage>();
    /// <summary>The documents the answer rests on.</summary>
    public ResultSource[] Provenance { get; internal set; } = System.Array.Empty<ResultSource>();
    /// <summary>Version of the rule set that decided.</summary>
    public string RuleSetVersion { get; internal set; } = string.Empty;
    /// <summary>Inventory file and line the program came from (<c>apps.csv:12</c>); null for pipeline input.</summary>
    public string? Source { get; internal set; }

    /// <inheritdoc />
    public override string ToString() => AppId + " " + Scenario + ": " + Outcome;
}
