namespace LiveAccess;

/// <summary>
/// One available plan for one mini program in one scenario (Get-LivePlan): flat, so that
/// <c>Where-Object Vendor -eq 'ZEGO'</c> and <c>Group-Object AppId</c> work directly.
/// </summary>
public sealed class LivePlan
{
    /// <summary>AppID, lower case.</summary>
    public string AppId { get; internal set; } = string.Empty;
    /// <summary>Mini program name, when given.</summary>
    public string? Name { get; internal set; }
    /// <summary>Entity type id.</summary>
    public string EntityType { get; internal set; } = string.Empty;
    /// <summary>Scenario id.</summary>
    public string Scenario { get; internal set; } = string.Empty;
    /// <summary>The decision's outcome: eligible, or conditional when the plan opens only on conditions.</summary>
    public string Outcome { get; internal set; } = string.Empty;
    /// <summary>Plan id.</summary>
    public string PlanId { get; internal set; } = string.Empty;
    /// <summary>Plan name in the chosen language.</summary>
    public string PlanName { get; internal set; } = string.Empty;
    /// <summary>Tencent Cloud or ZEGO.</summary>
    public string Vendor { get; internal set; } = string.Empty;
    /// <summary>plugin, native-components or saas.</summary>
    public string Integration { get; internal set; } = string.Empty;
    /// <summary>Whether the plan needs development work.</summary>
    public bool NeedsDevelopment { get; internal set; }
    /// <summary>True when the plan opens only once its conditions are met.</summary>
    public bool Conditional { get; internal set; }
    /// <summary>Conditions still to meet (empty when the plan is open).</summary>
    public ResultMessage[] Conditions { get; internal set; } = System.Array.Empty<ResultMessage>();
    /// <summary>What opened the plan.</summary>
    public string[] MatchedBy { get; internal set; } = System.Array.Empty<string>();
    /// <summary>Vendor documentation.</summary>
    public string? Docs { get; internal set; }
    /// <summary>How to switch the plan on.</summary>
    public string? Setup { get; internal set; }
    /// <summary>Version of the rule set that decided.</summary>
    public string RuleSetVersion { get; internal set; } = string.Empty;
    /// <summary>Inventory file and line, when the program came from a file.</summary>
    public string? Source { get; internal set; }

    /// <inheritdoc />
    public override string ToString() => AppId + " " + Scenario + ": " + PlanId;
}
