using System.Collections.Generic;

namespace LiveAccess.Core.Domain;

/// <summary>A plan that is open (or opens once its conditions are met) for a program in a scenario.</summary>
public sealed record PlanMatch
{
    /// <summary>Plan id, e.g. <c>tencent-standard-live</c>.</summary>
    public required string Id { get; init; }
    /// <summary>Display name of the plan.</summary>
    public required string Name { get; init; }
    /// <summary>Vendor, e.g. <c>Tencent Cloud</c> or <c>ZEGO</c>.</summary>
    public required string Vendor { get; init; }
    /// <summary><c>plugin</c>, <c>native-components</c> or <c>saas</c>.</summary>
    public required string Integration { get; init; }
    /// <summary>Whether the plan needs development work.</summary>
    public bool NeedsDevelopment { get; init; }
    /// <summary>What opened it: category display names, <c>entity:government</c> or <c>no category required</c>.</summary>
    public IReadOnlyList<string> MatchedBy { get; init; } = System.Array.Empty<string>();
    /// <summary>Conditions still to meet; empty when the plan is fully open.</summary>
    public IReadOnlyList<Message> Conditions { get; init; } = System.Array.Empty<Message>();
    /// <summary>Vendor documentation URL.</summary>
    public string? Docs { get; init; }
    /// <summary>How to switch the plan on (where to click, which plugin AppID).</summary>
    public string? Setup { get; init; }
    /// <summary>Ids of the routes that opened the plan.</summary>
    public IReadOnlyList<string> Routes { get; init; } = System.Array.Empty<string>();
}
