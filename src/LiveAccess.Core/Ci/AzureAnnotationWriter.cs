using System;
using System.IO;
using LiveAccess.Core.Domain;
using LiveAccess.Core.Evaluation;
using LiveAccess.Core.Reports;

namespace LiveAccess.Core.Ci;

/// <summary>
/// Azure DevOps logging commands for the gate: <c>task.logissue</c> (error per decision that fails
/// the gate and per refused row, warning per decision that passes with a warning) with source
/// path, line and the reason code; at the end the summary file written and attached with
/// <c>task.uploadsummary</c>, and <c>task.complete</c> with Failed, SucceededWithIssues (warnings
/// only) or Succeeded. Writes to the context's output (standard output).
/// </summary>
public sealed class AzureAnnotationWriter : IDecisionWriter
{
    private readonly ReportContext _context;
    private readonly AnnotationOptions _options;
    private readonly AnnotationTally _tally;
    private bool _completed;

    /// <summary>Creates the writer.</summary>
    public AzureAnnotationWriter(ReportContext context, AnnotationOptions? options = null)
    {
        _context = context ?? throw new ArgumentNullException(nameof(context));
        _options = options ?? new AnnotationOptions();
        _tally = new AnnotationTally(context, _options);
    }

    /// <summary>The result <see cref="Complete"/> reports (or would report so far).</summary>
    public AzureTaskResult Result =>
        _tally.Errors > 0 ? AzureTaskResult.Failed : _tally.Warnings > 0 ? AzureTaskResult.SucceededWithIssues : AzureTaskResult.Succeeded;

    /// <inheritdoc />
    public void WriteDecision(Decision decision)
    {
        if (decision is null) throw new ArgumentNullException(nameof(decision));
        if (_tally.Classify(decision) is not { } level) return;
        var code = decision.Reasons.Count > 0 ? decision.Reasons[0].Code : Outcomes.Id(decision.Outcome);
        _context.Output.WriteLine(AzureCommands.LogIssue(level, AnnotationText.Title(decision, _context.Language) + ": " + AnnotationText.Message(decision, _context.Language),
            _tally.File, decision.Source?.Line ?? 0, code));
    }

    /// <inheritdoc />
    public void WriteError(RowError error)
    {
        if (error is null) throw new ArgumentNullException(nameof(error));
        if (!_tally.ClassifyRefused(error)) return;
        _context.Output.WriteLine(AzureCommands.LogIssue("error", AnnotationText.RowTitle(error, _context.Language) + ": " + AnnotationText.RowMessage(error),
            _tally.File, error.Source?.Line ?? 0, error.Code));
    }

    /// <inheritdoc />
    public void Complete(RunTotals totals)
    {
        if (totals is null) throw new ArgumentNullException(nameof(totals));
        if (_completed) return;
        _completed = true;
        var o = _context.Output;
        if (_tally.Capped) o.WriteLine(AzureCommands.LogIssue("warning", AnnotationText.More(_tally.Errors, _tally.Warnings, _context.Language)));
        if (_tally.WriteSummary(totals, append: false)) o.WriteLine(AzureCommands.UploadSummary(Path.GetFullPath(_options.SummaryPath!)));
        o.WriteLine(AzureCommands.Complete(Result, AnnotationText.Completed(Result, _tally.Errors, _tally.Warnings, _context.Language)));
        o.Flush();
    }

    /// <inheritdoc />
    public void Dispose() => _tally.Dispose();
}
