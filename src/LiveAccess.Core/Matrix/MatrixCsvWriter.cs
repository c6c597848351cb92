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
        // Neutralised here rather than through CsvWriterOptions.Injection: an init-only option set from
        // this netstandard2.0 assembly does not bind against the net8+ build of CsvHelper at run time.
        using var csv = CsvWriter.Create(output, CsvWriterOptions.Default, leaveOpen: true);
        foreach (var h in new[] { "table", "id", "zh-CN", "en" }) csv.WriteField(h);
        foreach (var p in matrix.Plans) csv.WriteField(SpreadsheetSafe.Cell(p.Id));
        csv.EndRecord();
        foreach (var row in matrix.Categories)
        {
            csv.WriteField("category");
            csv.WriteField(SpreadsheetSafe.Cell(row.Category.Id));
            csv.WriteField(SpreadsheetSafe.Cell(row.Category.ChineseName));
            csv.WriteField(SpreadsheetSafe.Cell(row.Category.EnglishName));
            foreach (var p in matrix.Plans) csv.WriteField(SpreadsheetSafe.Cell(MatrixCellText.Of(row.Cell(p.Id))));
            csv.EndRecord();
        }
        foreach (var row in matrix.Scenarios)
        {
            csv.WriteField("scenario");
            csv.WriteField(SpreadsheetSafe.Cell(row.Id));
            csv.WriteField(SpreadsheetSafe.Cell(row.Name.Zh));
            csv.WriteField(SpreadsheetSafe.Cell(row.Name.En));
            foreach (var p in matrix.Plans) csv.WriteField(SpreadsheetSafe.Cell(MatrixCellText.Of(row.Cell(p.Id))));
            csv.EndRecord();
        }
        csv.Flush();
    }
}
