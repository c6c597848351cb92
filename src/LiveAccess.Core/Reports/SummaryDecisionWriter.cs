using System;
using System.Globalization;
using System.Text;
using LiveAccess.Core.Domain;
using LiveAccess.Core.Evaluation;

namespace LiveAccess.Core.Reports;

/// <summary>
/// The Markdown summary a CI job shows (GitHub <c>$GITHUB_STEP_SUMMARY</c>, Azure DevOps
/// <c>task.uploadsummary</c>): the gate's verdict, the counts, and a table of the programs that
/// are not eligible with what to do, since only a few annotations of each kind are shown. The
/// table is capped (<see cref="MaxRows"/>) so a huge inventory cannot exceed the CI's size limit;
/// the report files hold everything.
/// </summary>
public sealed class SummaryDecisionWriter : IDecisionWriter
{
    /// <summary>Default cap on table rows (GitHub allows 1 MiB of summary per step).</summary>
    public const int DefaultMaxRows = 300;

    private readonly ReportContext _context;
    private readonly ReportLabels _labels;
    private readonly StringBuilder _problems = new();
    private readonly StringBuilder _refused = new();
    private long _problemCount, _refusedCount, _fails, _warns;
    private bool _completed;

    /// <summary>Creates the writer.</summary>
    public SummaryDecisionWriter(ReportContext context, int maxRows = DefaultMaxRows)
    {
        _context = context ?? throw new ArgumentNullException(nameof(context));
        _labels = new ReportLabels(context.Language);
        MaxRows = Math.Max(0, maxRows);
    }

    /// <summary>The most rows each table shows.</summary>
    public int MaxRows { get; }

    /// <summary>Decisions that fail the gate so far.</summary>
    public long Failures => _fails;

    /// <summary>Decisions that pass with a warning so far.</summary>
    public long Warnings => _warns;

    /// <inheritdoc />
    public void WriteDecision(Decision decision)
    {
        if (decision is null) throw new ArgumentNullException(nameof(decision));
        if (decision.Outcome == Outcome.Eligible) return;
        var fails = _context.Gate.Fails(decision);
        if (fails) _fails++;
        else if (_context.Gate.Warns(decision)) _warns++;
        if (_problemCount++ >= MaxRows) return;
        _problems.Append(MarkdownText.Row(
            MarkdownText.Inline(decision.AppId),
            MarkdownText.Inline(decision.Name),
            MarkdownText.Inline(decision.Scenario),
            OutcomeMark.Labelled(decision.Outcome, _context.Language),
            fails ? _labels["gate.fail"] : _labels["gate.warn"],
            Line(decision.Source),
            MarkdownText.Inline(decision.Remediations.Count > 0 ? ReportText.Join(decision.Remediations) : ReportText.Join(decision.Reasons))))
            .Append('\n');
    }

    /// <inheritdoc />
    public void WriteError(RowError error)
    {
        if (error is null) throw new ArgumentNullException(nameof(error));
        if (_refusedCount++ >= MaxRows) return;
        _refused.Append(MarkdownText.Row(Line(error.Source), MarkdownText.Inline(error.AppId), MarkdownText.Inline(error.Code), MarkdownText.Inline(error.Message))).Append('\n');
    }

    /// <inheritdoc />
    public void Complete(RunTotals totals)
    {
        if (totals is null) throw new ArgumentNullException(nameof(totals));
        if (_completed) return;
        _completed = true;
        var o = _context.Output;
        o.Write("## " + Headline() + "\n\n");
        var inventory = InventoryPaths.Relative(_context.InventoryPath) ?? _labels["md.no-inventory"];
        o.Write(MarkdownText.Inline(_labels.Format("md.meta", _context.Rules.Version, _labels.FailOn(_context.Gate), inventory)) + "\n\n");
        o.Write(MarkdownText.Header(_labels["summary.programs"], OutcomeMark.Labelled(Outcome.Eligible, _context.Language),
            OutcomeMark.Labelled(Outcome.Conditional, _context.Language), OutcomeMark.Labelled(Outcome.Ineligible, _context.Language),
            _labels["md.refused"]) + "\n");
        o.Write(MarkdownText.Row(N(totals.Answered), N(totals.Eligible), N(totals.Conditional), N(totals.Ineligible), N(totals.Refused)) + "\n");
        if (_problemCount > 0)
        {
            o.Write("\n### " + _labels.Format("summary.not-eligible", N(_problemCount)) + "\n\n");
            o.Write(MarkdownText.Header(_labels["col.app-id"], _labels["col.name"], _labels["col.scenario"], _labels["col.outcome"],
                _labels["col.gate"], _labels["col.line"], _labels["col.remediations"]) + "\n");
            o.Write(_problems.ToString());
            More(_problemCount);
        }
        if (_refusedCount > 0)
        {
            o.Write("\n### " + _labels["md.refused"] + " (" + N(_refusedCount) + ")\n\n");
            o.Write(MarkdownText.Header(_labels["col.line"], _labels["col.app-id"], _labels["col.code"], _labels["col.problem"]) + "\n");
            o.Write(_refused.ToString());
            More(_refusedCount);
        }
        o.Write("\n");
        o.Flush();
    }

    /// <inheritdoc />
    public void Dispose() { }

    private string Headline()
    {
        if (_fails > 0) return "❌ " + _labels.Format("summary.failed", N(_fails), _labels.FailOn(_context.Gate));
        if (_refusedCount > 0) return "❌ " + _labels.Format("summary.refused", N(_refusedCount));
        if (_warns > 0) return "⚠️ " + _labels.Format("summary.warned", N(_warns));
        return "✅ " + _labels["summary.passed"];
    }

    private void More(long count)
    {
        if (count > MaxRows) _context.Output.Write("\n" + MarkdownText.Inline(_labels.Format("summary.more", N(count - MaxRows))) + "\n");
    }

    private static string Line(SourceLocation? s) => s is { Line: > 0 } ? s.Line.ToString(CultureInfo.InvariantCulture) : string.Empty;

    private static string N(long n) => n.ToString(CultureInfo.InvariantCulture);
}
