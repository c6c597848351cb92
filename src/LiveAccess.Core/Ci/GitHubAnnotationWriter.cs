using System;
using LiveAccess.Core.Domain;
using LiveAccess.Core.Evaluation;
using LiveAccess.Core.Reports;

namespace LiveAccess.Core.Ci;

/// <summary>
/// GitHub Actions annotations for the gate: <c>::error</c> per decision that fails the gate and
/// per refused row, <c>::warning</c> per decision that passes with a warning, each pointing at the
/// inventory file and line; at the end, the Markdown job summary appended to
/// <see cref="AnnotationOptions.SummaryPath"/> (<c>$GITHUB_STEP_SUMMARY</c>), since GitHub shows
/// only ten annotations of each kind per step. Writes to the context's output (standard output).
/// </summary>
public sealed class GitHubAnnotationWriter : IDecisionWriter
{
    private readonly ReportContext _context;
    private readonly AnnotationTally _tally;
    private bool _completed;

    /// <summary>Creates the writer.</summary>
    public GitHubAnnotationWriter(ReportContext context, AnnotationOptions? options = null)
    {
        _context = context ?? throw new ArgumentNullException(nameof(context));
        _tally = new AnnotationTally(context, options ?? new AnnotationOptions());
    }

    /// <inheritdoc />
    public void WriteDecision(Decision decision)
    {
        if (decision is null) throw new ArgumentNullException(nameof(decision));
        if (_tally.Classify(decision) is not { } level) return;
        _context.Output.WriteLine(GitHubCommands.Annotation(level, AnnotationText.Message(decision, _context.Language),
            _tally.File, decision.Source?.Line ?? 0, AnnotationText.Title(decision, _context.Language)));
    }

    /// <inheritdoc />
    public void WriteError(RowError error)
    {
        if (error is null) throw new ArgumentNullException(nameof(error));
        if (!_tally.ClassifyRefused(error)) return;
        _context.Output.WriteLine(GitHubCommands.Annotation("error", AnnotationText.RowMessage(error),
            _tally.File, error.Source?.Line ?? 0, AnnotationText.RowTitle(error, _context.Language)));
    }

    /// <inheritdoc />
    public void Complete(RunTotals totals)
    {
        if (totals is null) throw new ArgumentNullException(nameof(totals));
        if (_completed) return;
        _completed = true;
        if (_tally.Capped)
            _context.Output.WriteLine(GitHubCommands.Annotation("notice", AnnotationText.More(_tally.Errors, _tally.Warnings, _context.Language)));
        _tally.WriteSummary(totals, append: true);
        _context.Output.Flush();
    }

    /// <inheritdoc />
    public void Dispose() => _tally.Dispose();
}
