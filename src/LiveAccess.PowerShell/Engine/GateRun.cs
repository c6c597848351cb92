using System;
using System.IO;
using System.Text;
using LiveAccess.Core.Ci;
using LiveAccess.Core.Domain;
using LiveAccess.Core.Evaluation;
using LiveAccess.Core.Reports;

namespace LiveAccess.PowerShell.Engine;

/// <summary>
/// The gate's side of one Assert-LiveEligibility run: the report file (written atomically, and
/// completed before the gate can fail), the CI annotations, and the count of what fails the gate.
/// Created at the first row, so its reports name the inventory file the rows come from.
/// </summary>
internal sealed class GateRun : IDisposable
{
    private readonly AtomicFile? _file;
    private readonly StreamWriter? _fileText;
    private readonly IDecisionWriter? _report;
    private readonly IDecisionWriter? _annotations;

    private GateRun(GatePolicy gate, AtomicFile? file, StreamWriter? fileText, IDecisionWriter? report, IDecisionWriter? annotations)
    {
        Gate = gate;
        _file = file;
        _fileText = fileText;
        _report = report;
        _annotations = annotations;
    }

    /// <summary>What fails the gate.</summary>
    public GatePolicy Gate { get; }
    /// <summary>True when CI annotations are written (they then carry the failing and warning lines).</summary>
    public bool Annotating => _annotations is not null;
    /// <summary>Decisions that fail the gate so far.</summary>
    public long Failing { get; private set; }
    /// <summary>Rows refused so far.</summary>
    public long Refused { get; private set; }
    /// <summary>The report file, once written.</summary>
    public string? ReportPath { get; private set; }

    /// <summary>
    /// Opens the run: the report file (<paramref name="reportPath"/>, a full path, in <paramref name="format"/>)
    /// and the annotations for <paramref name="ci"/>, whose lines go to <paramref name="hostLine"/>.
    /// </summary>
    public static GateRun Open(RuleContext rules, GatePolicy gate, string? inventoryPath, string? reportPath, ReportFormat? format,
        CiSystem ci, AnnotationOptions annotationOptions, Action<string> hostLine)
    {
        AtomicFile? file = null;
        StreamWriter? text = null;
        IDecisionWriter? report = null;
        IDecisionWriter? annotations = null;
        try
        {
            var context = new ReportContext { Output = TextWriter.Null, Language = rules.Language, InventoryPath = inventoryPath, Rules = rules.Rules, Gate = gate };
            if (reportPath is not null && format is not null)
            {
                file = AtomicFile.Create(reportPath, overwrite: true);
                text = new StreamWriter(file.Stream, new UTF8Encoding(format.ByteOrderMarkInFiles), 64 * 1024);
                report = format.Create(context with { Output = text });
            }
            var lines = new LineWriter(hostLine);
            annotations = AnnotationWriters.For(ci, context with { Output = lines }, annotationOptions);
            return new GateRun(gate, file, text, report, annotations);
        }
        catch
        {
            report?.Dispose();
            text?.Dispose();
            file?.Dispose();
            throw;
        }
    }

    /// <summary>Records a decision; true when it fails the gate.</summary>
    public bool Decided(Decision decision)
    {
        _report?.WriteDecision(decision);
        _annotations?.WriteDecision(decision);
        var fails = Gate.Fails(decision);
        if (fails) Failing++;
        return fails;
    }

    /// <summary>Records a refused row.</summary>
    public void RowRefused(RowError error)
    {
        Refused++;
        _report?.WriteError(error);
        _annotations?.WriteError(error);
    }

    /// <summary>Completes the report file (moved into place) and then the annotations and job summary.</summary>
    public void Complete(RunTotals totals)
    {
        if (_report is not null)
        {
            _report.Complete(totals);
            _fileText!.Flush();
            _file!.Commit();
            ReportPath = _file.Path;
        }
        _annotations?.Complete(totals);
    }

    /// <summary>Deletes an uncommitted report file.</summary>
    public void Dispose()
    {
        _annotations?.Dispose();
        _report?.Dispose();
        try { _fileText?.Dispose(); }
        catch (IOException) { }
        catch (ObjectDisposedException) { }
        _file?.Dispose();
    }
}
