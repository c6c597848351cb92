using System.Collections.Generic;
using System.Linq;
using LiveAccess.Core.Domain;

namespace LiveAccess.Core.Matrix;

/// <summary>Plain-text renderings of matrix cells (CSV, and the tooltips of the HTML page).</summary>
public static class MatrixCellText
{
    /// <summary>
    /// The scenarios in which a category opens a plan, conditional ones with their condition codes:
    /// <c>ecommerce; medical-sales (conditional: medical-category-required)</c>. Empty when none.
    /// </summary>
    public static string Of(CategoryCell cell) =>
        cell is null ? string.Empty : string.Join("; ", cell.Openings.Select(o => o.ScenarioId + Conditions(o.Conditions)));

    /// <summary>
    /// What opens a plan in a scenario: <c>always</c>, <c>entity: government</c>,
    /// <c>categories: 社交/直播, …</c>, with condition codes. Empty when nothing does.
    /// </summary>
    public static string Of(ScenarioCell cell) =>
        cell is null ? string.Empty : string.Join("; ", cell.Openers.Select(o => Opener(o) + Conditions(o.Conditions)));

    /// <summary>One opener in words (codes and Chinese category names, which are WeChat's own).</summary>
    public static string Opener(ScenarioOpener opener)
    {
        if (opener is null) return string.Empty;
        var parts = new List<string>();
        if (opener.Always) parts.Add("always");
        if (opener.Entities.Count > 0) parts.Add("entity: " + string.Join("/", opener.Entities.Select(e => e.Id())));
        if (opener.Categories.Count > 0) parts.Add("categories: " + string.Join(", ", opener.Categories.Select(c => c.ChineseName)));
        return string.Join(" + ", parts);
    }

    private static string Conditions(IReadOnlyList<MatrixCondition> conditions) =>
        conditions.Count == 0 ? string.Empty : " (conditional: " + string.Join(", ", conditions.Select(c => c.Code)) + ")";
}
