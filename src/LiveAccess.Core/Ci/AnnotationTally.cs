using System;
using System.IO;
using System.Text;
using LiveAccess.Core.Domain;
using LiveAccess.Core.Evaluation;
using LiveAccess.Core.Reports;

namespace LiveAccess.Core.Ci;

/// <summary>
/// What both CI annotators keep: which decisions fail or warn, how many lines of each kind were
/// written (capped), and the job summary, built alongside.
/// </summary>
internal sealed class AnnotationTally : IDisposable
{
    private readonly ReportContext _context;
    private readonly AnnotationOptions _options;
    private readonly StringWriter _summaryText = new(System.Globalization.CultureInfo.InvariantCulture);
    private readonly SummaryDecisionWriter? _summary;

    public AnnotationTally(ReportContext context, AnnotationOptions options)
    {
        _context = context ?? throw new ArgumentNullException(nameof(context));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        File = InventoryPaths.Relative(context.InventoryPath, options.BaseDirectory);
        if (options.SummaryPath is not null)
            _summary = new SummaryDecisionWriter(context with { Output = _summaryText }, options.SummaryMaxRows);
    }

    /// <summary>The inventory path the annotations point at.</summary>
    public string? File { get; }

    public long Errors { get; private set; }
    public long Warnings { get; private set; }
    public long Refused { get; private set; }
    public long Unwritten { get; private set; }

    /// <summary>The level of a decision's annotation: error, warning, or null when it has none.</summary>
    public string? Classify(Decision decision)
    {
        _summary?.WriteDecision(decision);
        if (_context.Gate.Fails(decision)) return Count(error: true) ? "error" : null;
        if (_context.Gate.Warns(decision)) return Count(error: false) ? "warning" : null;
        return null;
    }

    /// <summary>True when a refused row's annotation (an error) is to be written.</summary>
    public bool ClassifyRefused(RowError error)
    {
        _summary?.WriteError(error);
        Refused++;
        return Count(error: true);
    }

    /// <summary>True when more problems were found than annotated.</summary>
    public bool Capped => Unwritten > 0;

    /// <summary>Finishes the summary and writes it (append or create); false when there is none.</summary>
    public bool WriteSummary(RunTotals totals, bool append)
    {
        if (_summary is null || _options.SummaryPath is null) return false;
        _summary.Complete(totals);
        var dir = Path.GetDirectoryName(Path.GetFullPath(_options.SummaryPath));
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        var encoding = new UTF8Encoding(false);
        if (append) System.IO.File.AppendAllText(_options.SummaryPath, _summaryText.ToString(), encoding);
        else System.IO.File.WriteAllText(_options.SummaryPath, _summaryText.ToString(), encoding);
        return true;
    }

    public void Dispose()
    {
        _summary?.Dispose();
        _summaryText.Dispose();
    }

    private bool Count(bool error)
    {
        var n = error ? ++Errors : ++Warnings;
        if (n <= _options.MaxPerKind) return true;
        Unwritten++;
        return false;
    }
}
