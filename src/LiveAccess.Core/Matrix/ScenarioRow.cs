using System;
using System.Collections.Generic;
using System.Linq;
using LiveAccess.Core.Categories;
using LiveAccess.Core.Domain;
using LiveAccess.Core.Text;

namespace LiveAccess.Core.Matrix;

/// <summary>What opens a plan in a scenario: one route of the rule set.</summary>
public sealed record ScenarioOpener
{
    /// <summary>The route's id.</summary>
    public required string RouteId { get; init; }
    /// <summary>True when no category or entity type is needed.</summary>
    public bool Always { get; init; }
    /// <summary>Entity types the route is limited to (empty: any non-individual).</summary>
    public IReadOnlyList<EntityType> Entities { get; init; } = Array.Empty<EntityType>();
    /// <summary>Categories of which one is needed (empty: none).</summary>
    public IReadOnlyList<Category> Categories { get; init; } = Array.Empty<Category>();
    /// <summary>Conditions that keep the plan conditional.</summary>
    public IReadOnlyList<MatrixCondition> Conditions { get; init; } = Array.Empty<MatrixCondition>();
    /// <summary>The scenario whose route this is, when the scenario includes another's routes.</summary>
    public string? IncludedFrom { get; init; }

    /// <summary>True when the opener has conditions.</summary>
    public bool IsConditional => Conditions.Count > 0;
}

/// <summary>A cell of the scenario × plan table: every way the scenario opens the plan.</summary>
public sealed record ScenarioCell(IReadOnlyList<ScenarioOpener> Openers)
{
    /// <summary>Open when some opener has no conditions.</summary>
    public CellMark Mark => Openers.Count == 0 ? CellMark.None : Openers.Any(o => !o.IsConditional) ? CellMark.Open : CellMark.Conditional;
}

/// <summary>A row of the scenario × plan table.</summary>
public sealed class ScenarioRow
{
    private readonly IReadOnlyDictionary<string, ScenarioCell> _cells;

    internal ScenarioRow(string id, LocalizedText name, string? section, IReadOnlyDictionary<string, ScenarioCell> cells)
    {
        Id = id;
        Name = name;
        Section = section;
        _cells = cells;
    }

    /// <summary>Scenario id.</summary>
    public string Id { get; }
    /// <summary>Scenario name in both languages.</summary>
    public LocalizedText Name { get; }
    /// <summary>The section of the source that defines it (场景N, list row).</summary>
    public string? Section { get; }

    /// <summary>The cell under a plan.</summary>
    public ScenarioCell Cell(string planId) =>
        _cells.TryGetValue(planId ?? throw new ArgumentNullException(nameof(planId)), out var c) ? c : Empty;

    private static readonly ScenarioCell Empty = new(Array.Empty<ScenarioOpener>());
}
