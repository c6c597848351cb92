namespace LiveAccess;

/// <summary>A vendor plan that is open for a program in a scenario, or opens once its conditions are met.</summary>
public sealed class MatchedPlan
{
    /// <summary>Plan id, e.g. tencent-standard-live.</summary>
    public string Id { get; internal set; } = string.Empty;
    /// <summary>Plan name in the chosen language.</summary>
    public string Name { get; internal set; } = string.Empty;
    /// <summary>Tencent Cloud or ZEGO.</summary>
    public string Vendor { get; internal set; } = string.Empty;
    /// <summary>plugin, native-components or saas.</summary>
    public string Integration { get; internal set; } = string.Empty;
    /// <summary>Whether the plan needs development work.</summary>
    public bool NeedsDevelopment { get; internal set; }
    /// <summary>What opened it: category names, entity:government or no-category-required.</summary>
    public string[] MatchedBy { get; internal set; } = System.Array.Empty<string>();
    /// <summary>Conditions still to meet; empty when the plan is fully open.</summary>
    public ResultMessage[] Conditions { get; internal set; } = System.Array.Empty<ResultMessage>();
    /// <summary>Vendor documentation.</summary>
    public string? Docs { get; internal set; }
    /// <summary>How to switch the plan on.</summary>
    public string? Setup { get; internal set; }

    /// <inheritdoc />
    public override string ToString() => Id;
}
