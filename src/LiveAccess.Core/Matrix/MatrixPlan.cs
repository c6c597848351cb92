using System.Collections.Generic;
using LiveAccess.Core.Text;

namespace LiveAccess.Core.Matrix;

/// <summary>A column of the matrix: one vendor access plan.</summary>
public sealed record MatrixPlan(string Id, string Vendor, LocalizedText Name, string Integration, bool NeedsDevelopment, string? Docs);

/// <summary>A column group: a vendor and its plans, in rule-file order.</summary>
public sealed record MatrixVendor(string Name, LocalizedText DisplayName, IReadOnlyList<MatrixPlan> Plans);

/// <summary>A condition on a cell: the route's own, the scenario's requirement, or an entity restriction.</summary>
public sealed record MatrixCondition(string Code, LocalizedText Text);

/// <summary>How firmly a cell opens its plan.</summary>
public enum CellMark
{
    /// <summary>The plan is not opened.</summary>
    None,
    /// <summary>The plan is opened only on conditions.</summary>
    Conditional,
    /// <summary>The plan is opened (in at least one scenario) without conditions.</summary>
    Open,
}
