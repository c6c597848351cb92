using System;
using System.IO;
using CsvHelper;

namespace LiveAccess.Core.Matrix;

/// <summary>
/// The matrix as one CSV table for spreadsheets and scripts: a <c>table</c> column
/// (<c>category</c> or <c>scenario</c>), the row's id and names in both languages, then one column
/// per plan id; a cell lists the scenarios (category rows) or the openers (scenario rows), and
/// is empty when the plan is not opened. Cells a spreadsheet would run as a formula are neutralised.
/// </summary>
public sealed class MatrixCsvWriter : IMatrixWriter
{
    /// <inheritdoc />
    public void Write(CategoryMatrix matrix, TextWriter output)
    {
        if (matrix is null) throw new ArgumentNullException(nameof(matrix));
        if (output is null) throw new ArgumentNullException(nameof(output));
        using var csv = CsvWriter.Create(output, CsvWriterOptions.Default with { Injection = CsvInjection.Escape }, leaveOpen: true);
        foreach (var h in new[] { "table", "id", "zh-CN", "en" }) csv.WriteField(h);
        foreach (var p in matrix.Plans) csv.WriteField(p.Id);
        csv.EndRecord();
        foreach (var row in matrix.Categories)
        {
            csv.WriteField("category");
            csv.WriteField(row.Category.Id);
            csv.WriteField(row.Category.ChineseName);
            csv.WriteField(row.Category.EnglishName);
            foreach (var p in matrix.Plans) csv.WriteField(MatrixCellText.Of(row.Cell(p.Id)));
            csv.EndRecord();
        }
        foreach (var row in matrix.Scenarios)
        {
            csv.WriteField("scenario");
            csv.WriteField(row.Id);
            csv.WriteField(row.Name.Zh);
            csv.WriteField(row.Name.En);
            foreach (var p in matrix.Plans) csv.WriteField(MatrixCellText.Of(row.Cell(p.Id)));
            csv.EndRecord();
        }
        csv.Flush();
    }
}
