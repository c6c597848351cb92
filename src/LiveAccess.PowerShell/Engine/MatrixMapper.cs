using System;
using System.Collections.Generic;
using System.Linq;
using LiveAccess.Core.Matrix;
using LiveAccess.Core.Text;

namespace LiveAccess.PowerShell.Engine;

/// <summary>Turns the core's category matrix into flat cells for the pipeline (empty cells left out).</summary>
internal static class MatrixMapper
{
    /// <summary>One cell per category and plan it opens, in catalogue and column order.</summary>
    public static IEnumerable<CategoryMatrixCell> CategoryCells(CategoryMatrix matrix, Language language)
    {
        if (matrix is null) throw new ArgumentNullException(nameof(matrix));
        foreach (var row in matrix.Categories)
            foreach (var plan in matrix.Plans)
            {
                var cell = row.Cell(plan.Id);
                if (cell.Mark == CellMark.None) continue;
                yield return new CategoryMatrixCell
                {
                    CategoryId = row.Category.Id,
                    Category = row.Category.ChineseName,
                    EnglishName = row.Category.EnglishName,
                    PlanId = plan.Id,
                    Vendor = plan.Vendor,
                    Mark = MarkId(cell.Mark),
                    Scenarios = cell.Openings.Select(o => o.ScenarioId).Distinct(StringComparer.Ordinal).ToArray(),
                    Conditions = Texts(cell.Openings.SelectMany(o => o.Conditions), language),
                };
            }
    }

    /// <summary>One cell per scenario and plan it can open, in rule-set and column order.</summary>
    public static IEnumerable<ScenarioMatrixCell> ScenarioCells(CategoryMatrix matrix, Language language)
    {
        if (matrix is null) throw new ArgumentNullException(nameof(matrix));
        foreach (var row in matrix.Scenarios)
            foreach (var plan in matrix.Plans)
            {
                var cell = row.Cell(plan.Id);
                if (cell.Mark == CellMark.None) continue;
                yield return new ScenarioMatrixCell
                {
                    Scenario = row.Id,
                    ScenarioName = row.Name.In(language),
                    Section = row.Section,
                    PlanId = plan.Id,
                    Vendor = plan.Vendor,
                    Mark = MarkId(cell.Mark),
                    OpenedBy = cell.Openers.Select(MatrixCellText.Opener).Distinct(StringComparer.Ordinal).ToArray(),
                    Conditions = Texts(cell.Openers.SelectMany(o => o.Conditions), language),
                };
            }
    }

    private static string MarkId(CellMark mark) => mark == CellMark.Open ? "open" : "conditional";

    private static string[] Texts(IEnumerable<MatrixCondition> conditions, Language language) =>
        conditions.GroupBy(c => c.Code, StringComparer.Ordinal).Select(g => g.First().Text.In(language)).ToArray();
}
