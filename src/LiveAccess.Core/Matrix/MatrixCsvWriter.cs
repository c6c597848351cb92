using System;
using System.IO;
using System.Linq;
using LiveAccess.Core.Reports;

namespace LiveAccess.Core.Matrix;

/// <summary>
/// The matrix as one CSV table for spreadsheets and scripts: a <c>table</c> column
/// (<c>category</c> or <c>scenario</c>), the row's id and names in both languages, then one column
/// per plan id; a cell lists the scenarios (category rows) or the openers (scenario rows), and
/// is empty when the plan is not opened. Written with <see cref="CsvCells"/>, like the decision
/// CSV: RFC 4180 quoting, formula-like cells neutralised.
/// </summary>
public sealed class MatrixCsvWriter : IMatrixWriter
{
    private static readonly string[] Head = { "table", "id", "zh-CN", "en" };

    /// <inheritdoc />
    public void Write(CategoryMatrix matrix, TextWriter output)
    {
        if (matrix is null) throw new ArgumentNullException(nameof(matrix));
        if (output is null) throw new ArgumentNullException(nameof(output));
        CsvCells.WriteRecord(output, Head.Concat(matrix.Plans.Select(p => p.Id)).ToArray());
        foreach (var row in matrix.Categories)
            CsvCells.WriteRecord(output, new[] { "category", row.Category.Id, row.Category.ChineseName, row.Category.EnglishName }
                .Concat(matrix.Plans.Select(p => MatrixCellText.Of(row.Cell(p.Id)))).ToArray());
        foreach (var row in matrix.Scenarios)
            CsvCells.WriteRecord(output, new[] { "scenario", row.Id, row.Name.Zh, row.Name.En }
                .Concat(matrix.Plans.Select(p => MatrixCellText.Of(row.Cell(p.Id)))).ToArray());
        output.Flush();
    }
}
