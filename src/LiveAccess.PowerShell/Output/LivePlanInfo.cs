namespace LiveAccess;

/// <summary>A vendor access plan the rules know (Get-LivePlanInfo).</summary>
public sealed class LivePlanInfo
{
    /// <summary>Stable id, e.g. zego-live-plugin.</summary>
    public string Id { get; internal set; } = string.Empty;
    /// <summary>Name in the chosen language.</summary>
    public string Name { get; internal set; } = string.Empty;
    /// <summary>Tencent Cloud or ZEGO.</summary>
    public string Vendor { get; internal set; } = string.Empty;
    /// <summary>plugin, native-components or saas.</summary>
    public string Integration { get; internal set; } = string.Empty;
    /// <summary>Whether the plan needs development work.</summary>
    public bool NeedsDevelopment { get; internal set; }
    /// <summary>Vendor documentation.</summary>
    public string? Docs { get; internal set; }
    /// <summary>How to switch the plan on.</summary>
    public string? Setup { get; internal set; }
    /// <summary>Scenarios in which some route opens the plan.</summary>
    public string[] Scenarios { get; internal set; } = System.Array.Empty<string>();

    /// <inheritdoc />
    public override string ToString() => Id;
}
