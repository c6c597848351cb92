using System.Collections.Generic;
using LiveAccess.Core.Categories;
using LiveAccess.Core.Domain;
using LiveAccess.Core.Text;

namespace LiveAccess.Core.Rules;

/// <summary>A document a rule rests on.</summary>
public sealed record RuleSource
{
    /// <summary>Stable id, e.g. <c>tencent-plans</c>.</summary>
    public required string Id { get; init; }
    /// <summary>Title in both languages.</summary>
    public required LocalizedText Title { get; init; }
    /// <summary>Where to read it, when public.</summary>
    public string? Url { get; init; }
    /// <summary>The repository file of a seed document, when it is one.</summary>
    public string? File { get; init; }
    /// <summary>The document's own date (最近更新时间, commit or post date).</summary>
    public string? Date { get; init; }
    /// <summary>When it was read, for undated documents.</summary>
    public string? Retrieved { get; init; }

    /// <summary>The date to show: the document's own, else when it was read.</summary>
    public string DisplayDate => Date ?? (Retrieved is null ? "undated" : "retrieved " + Retrieved);
}

/// <summary>A reference from a route or scenario to a source, with the section (场景 or list row).</summary>
public sealed record SourceRef(string SourceId, string? Section);

/// <summary>A vendor access plan.</summary>
public sealed record Plan
{
    /// <summary>Stable id (public contract).</summary>
    public required string Id { get; init; }
    /// <summary>Vendor name.</summary>
    public required string Vendor { get; init; }
    /// <summary><c>plugin</c>, <c>native-components</c> or <c>saas</c>.</summary>
    public required string Integration { get; init; }
    /// <summary>Whether it needs development.</summary>
    public required bool NeedsDevelopment { get; init; }
    /// <summary>Display name.</summary>
    public required LocalizedText Name { get; init; }
    /// <summary>Documentation URL.</summary>
    public string? Docs { get; init; }
    /// <summary>How to switch it on.</summary>
    public LocalizedText? Setup { get; init; }
}

/// <summary>A coded message from the rules (a note, a condition, a requirement).</summary>
public sealed record RuleMessage(string Code, LocalizedText Text, SourceRef? Source = null);

/// <summary>A set of categories a route or requirement names: explicit categories and whole primaries.</summary>
public sealed record CategoryMatch(CategorySet Set, IReadOnlyList<string> Patterns);

/// <summary>A scenario-wide requirement on top of every route (e.g. a medical category for medical sales).</summary>
public sealed record ScenarioRequirement(CategoryMatch Categories, RuleMessage Message);

/// <summary>A live content scenario.</summary>
public sealed record Scenario
{
    /// <summary>Stable id (public contract).</summary>
    public required string Id { get; init; }
    /// <summary>Display name.</summary>
    public required LocalizedText Name { get; init; }
    /// <summary>Other names an inventory may use (场景N, Chinese words).</summary>
    public IReadOnlyList<string> Aliases { get; init; } = System.Array.Empty<string>();
    /// <summary>Where the scenario is defined.</summary>
    public required SourceRef Source { get; init; }
    /// <summary>Scenarios whose routes apply here too.</summary>
    public IReadOnlyList<string> Includes { get; init; } = System.Array.Empty<string>();
    /// <summary>A requirement every route must also meet, else the plan is conditional.</summary>
    public ScenarioRequirement? Requirement { get; init; }
    /// <summary>Notes shown as warnings on every answer.</summary>
    public IReadOnlyList<RuleMessage> Notes { get; init; } = System.Array.Empty<RuleMessage>();
}

/// <summary>One row of a seed table: in a scenario, when these conditions hold, these plans open.</summary>
public sealed record Route
{
    /// <summary>Stable id, e.g. <c>ecommerce.platform.plugins</c>.</summary>
    public required string Id { get; init; }
    /// <summary>Scenario id.</summary>
    public required string Scenario { get; init; }
    /// <summary>True when the route needs no category and no particular entity type.</summary>
    public bool Always { get; init; }
    /// <summary>Entity types that open the route; empty means any non-individual.</summary>
    public IReadOnlyList<EntityType> Entities { get; init; } = NoEntities;

    // Not Array.Empty<EntityType>(): that generic method over an enum is compiled at start-up, when
    // a single answer reads the default routes.
#pragma warning disable CA1825 // Avoid zero-length array allocations: one, shared; see above.
    private static readonly EntityType[] NoEntities = new EntityType[0];
#pragma warning restore CA1825
    /// <summary>Categories of which the program needs one; null when none is needed.</summary>
    public CategoryMatch? Categories { get; init; }
    /// <summary>Plan ids.</summary>
    public required IReadOnlyList<string> Plans { get; init; }
    /// <summary>Main source.</summary>
    public required SourceRef Source { get; init; }
    /// <summary>Further sources that state the same route.</summary>
    public IReadOnlyList<SourceRef> AlsoFrom { get; init; } = System.Array.Empty<SourceRef>();
    /// <summary>A condition that keeps the route conditional even when it matches.</summary>
    public RuleMessage? Condition { get; init; }
}
