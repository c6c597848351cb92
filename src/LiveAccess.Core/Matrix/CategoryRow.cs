using System;
using System.Collections.Generic;
using System.Linq;
using LiveAccess.Core.Categories;
using LiveAccess.Core.Text;

namespace LiveAccess.Core.Matrix;

/// <summary>In one scenario, a category opens a plan, perhaps on conditions.</summary>
public sealed record CategoryOpening(string ScenarioId, LocalizedText ScenarioName, IReadOnlyList<MatrixCondition> Conditions, IReadOnlyList<string> RouteIds)
{
    /// <summary>True when the opening has conditions.</summary>
    public bool IsConditional => Conditions.Count > 0;
}

/// <summary>A cell of the category × plan table: every scenario in which the category opens the plan.</summary>
public sealed record CategoryCell(IReadOnlyList<CategoryOpening> Openings)
{
    /// <summary>Open when some scenario opens the plan without conditions.</summary>
    public CellMark Mark => Openings.Count == 0 ? CellMark.None : Openings.Any(o => !o.IsConditional) ? CellMark.Open : CellMark.Conditional;
}

/// <summary>A row of the category × plan table.</summary>
public sealed class CategoryRow
{
    private readonly IReadOnlyDictionary<string, CategoryCell> _cells;

    internal CategoryRow(Category category, IReadOnlyDictionary<string, CategoryCell> cells)
    {
        Category = category;
        _cells = cells;
    }

    /// <summary>The category (ids and names in both languages).</summary>
    public Category Category { get; }

    /// <summary>The cell under a plan (empty when the category does not open it).</summary>
    public CategoryCell Cell(string planId) =>
        _cells.TryGetValue(planId ?? throw new ArgumentNullException(nameof(planId)), out var c) ? c : Empty;

    /// <summary>True when the category opens some plan in some scenario.</summary>
    public bool OpensAnything => _cells.Values.Any(c => c.Openings.Count > 0);

    private static readonly CategoryCell Empty = new(Array.Empty<CategoryOpening>());
}
