using System;
using System.IO;
using System.Management.Automation;
using System.Text;
using LiveAccess.Core.Matrix;
using LiveAccess.Core.Reports;
using LiveAccess.Core.Text;
using LiveAccess.PowerShell.Engine;

namespace LiveAccess.PowerShell.Commands;

/// <summary>
/// The rule set as a matrix: which category opens which plan in which scenario (category × plan)
/// and what opens each plan in each scenario (scenario × plan). Without -Path, flat cells go to
/// the pipeline; with -Path, both matrices are written to one file in CSV, Markdown, HTML, JSON or
/// YAML, atomically, honouring -WhatIf, -Confirm, -Force and -NoClobber.
/// </summary>
[Cmdlet(VerbsData.Export, "CategoryMatrix", SupportsShouldProcess = true, DefaultParameterSetName = ObjectSet)]
[OutputType(typeof(CategoryMatrixCell), typeof(ScenarioMatrixCell), ParameterSetName = new[] { ObjectSet })]
[OutputType(typeof(FileInfo), ParameterSetName = new[] { PathSet })]
public sealed class ExportCategoryMatrixCommand : LiveAccessCommandBase
{
    private const string ObjectSet = "Object";
    private const string PathSet = "Path";

    /// <summary>Which matrix goes to the pipeline: Category (category × plan, default) or Scenario (scenario × plan).</summary>
    [Parameter(ParameterSetName = ObjectSet)]
    [ValidateSet("Category", "Scenario")]
    public string RowKind { get; set; } = "Category";

    /// <summary>The file to write both matrices to.</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = PathSet)]
    [ValidateNotNullOrEmpty]
    public string Path { get; set; } = string.Empty;

    /// <summary>The file format; by default the one the file extension implies (.csv, .md, .html, .json, .yaml).</summary>
    [Parameter(ParameterSetName = PathSet)]
    [ValidateSet("Csv", "Markdown", "Html", "Json", "Yaml")]
    public string? Format { get; set; }

    /// <summary>Replaces a read-only file.</summary>
    [Parameter(ParameterSetName = PathSet)]
    public SwitchParameter Force { get; set; }

    /// <summary>Never replaces an existing file.</summary>
    [Parameter(ParameterSetName = PathSet)]
    [Alias("NoOverwrite")]
    public SwitchParameter NoClobber { get; set; }

    /// <summary>Writes the file's FileInfo to the pipeline.</summary>
    [Parameter(ParameterSetName = PathSet)]
    public SwitchParameter PassThru { get; set; }

    private Language Lang => Rules.Language;

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var matrix = CategoryMatrix.Build(Rules.Rules);
        if (ParameterSetName == ObjectSet)
        {
            if (RowKind == "Scenario") foreach (var cell in MatrixMapper.ScenarioCells(matrix, Lang)) WriteObject(cell);
            else foreach (var cell in MatrixMapper.CategoryCells(matrix, Lang)) WriteObject(cell);
            return;
        }
        var path = GetUnresolvedProviderPathFromPSPath(Path);
        var format = Format ?? MatrixFormats.FromExtension(path);
        if (format is null)
            ThrowTerminatingError(ErrorRecords.UnknownMatrixFormat(path, MatrixFormats.Names, Lang));
        var existing = new FileInfo(path);
        if (existing.Exists && NoClobber)
            ThrowTerminatingError(ErrorRecords.OutputExists(path, Lang));
        if (existing.Exists && existing.IsReadOnly && !Force)
            ThrowTerminatingError(ErrorRecords.OutputReadOnly(path, Lang));
        if (!ShouldProcess(path, Messages.Format(Lang, "powershell.export.action", "category", format!.ToLowerInvariant())))
            return;
        if (existing.Exists && existing.IsReadOnly) existing.IsReadOnly = false;
        Write(matrix, path, format!);
        if (PassThru) WriteObject(new FileInfo(path));
    }

    private void Write(CategoryMatrix matrix, string path, string format)
    {
        try
        {
            using var file = AtomicFile.Create(path, overwrite: !NoClobber);
            using (var text = new StreamWriter(file.Stream, new UTF8Encoding(MatrixFormats.ByteOrderMarkInFiles(format)), 64 * 1024, leaveOpen: true))
            {
                MatrixFormats.Create(format, Lang).Write(matrix, text);
            }
            file.Commit();
        }
        catch (OutputExistsException)
        {
            ThrowTerminatingError(ErrorRecords.OutputExists(path, Lang));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            ThrowTerminatingError(ErrorRecords.ReportUnwritable(ex, path, Lang));
        }
    }
}
