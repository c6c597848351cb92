using System;
using System.Linq;
using System.Management.Automation;
using LiveAccess.Core.Ci;
using LiveAccess.Core.Domain;
using LiveAccess.Core.Reports;
using LiveAccess.Core.Text;
using LiveAccess.PowerShell.Engine;

namespace LiveAccess.PowerShell.Commands;

/// <summary>
/// The pipeline gate: decides every program, writes one CI-styled line per decision (annotations
/// in GitHub Actions and Azure Pipelines), writes the report file and job summary, and then, when
/// any decision fails the gate (-FailOn) or any row could not be decided, ends with one
/// terminating error, so <c>pwsh -File</c> exits non-zero.
/// </summary>
[Cmdlet(VerbsLifecycle.Assert, "LiveEligibility", DefaultParameterSetName = PipelineDefaultSet)]
[OutputType(typeof(EligibilityResult))]
public sealed class AssertLiveEligibilityCommand : DecisionCommandBase, IDisposable
{
    private static readonly string[] HostTags = { "PSHOST", "LiveAccess" };
    private GateRun? _gate;
    private bool _inputFailed;

    /// <summary>What fails the gate: Ineligible (default) or Conditional (conditional and ineligible).</summary>
    [Parameter]
    [ValidateSet("Ineligible", "Conditional")]
    public string FailOn { get; set; } = "Ineligible";

    /// <summary>A report file to write before the gate decides (atomically; replaced if it exists).</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? OutputPath { get; set; }

    /// <summary>The report format (json, csv...); by default the one OutputPath's extension implies.</summary>
    [Parameter]
    [ArgumentCompleter(typeof(Completion.ReportFormatCompleter))]
    [ValidateNotNullOrEmpty]
    public string? OutputFormat { get; set; }

    /// <summary>How lines are written: Detect (the CI from GITHUB_ACTIONS/TF_BUILD), Plain, GitHubActions or AzurePipelines.</summary>
    [Parameter]
    [ValidateSet("Detect", "Plain", "GitHubActions", "AzurePipelines")]
    public string Style { get; set; } = "Detect";

    /// <summary>Also writes each result object to the pipeline.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    private Language Lang => Session.Context.Language;

    /// <inheritdoc />
    protected override void BeginProcessing()
    {
        base.BeginProcessing();
        _ = ReportFormat(); // an unknown format stops the gate before any input is read
    }

    private protected override void WriteDecided(DecidedRow row)
    {
        var gate = Gate(row.Decisions[0].Source?.File);
        foreach (var decision in row.Decisions)
        {
            var fails = gate.Decided(decision);
            // In CI the annotations carry the failing and warning lines; passes are plain lines.
            var warns = gate.Gate.Warns(decision);
            if (!gate.Annotating || (!fails && !warns))
                HostLine(Mark(fails, warns) + " " + Where(decision.Source) + LineText(decision, fails || warns));
            if (PassThru) WriteObject(ResultMapper.ToResult(decision));
        }
    }

    private protected override void Refused(DecidedRow row) =>
        Gate(row.Error!.Source?.File).RowRefused(row.Error!);

    private protected override void InputFailed() => _inputFailed = true;

    private protected override void Complete()
    {
        var gate = Gate(null);
        gate.Complete(Session.Run.Totals);
        var t = Session.Run.Totals;
        HostLine(Messages.Format(Lang, "powershell.gate.summary", t.Read, t.Eligible, t.Conditional, t.Ineligible, t.Refused));
        if (gate.ReportPath is not null) HostLine(Messages.Format(Lang, "powershell.gate.report", gate.ReportPath));
        if (gate.Failing == 0 && gate.Refused == 0 && !_inputFailed) return;
        var message = Messages.Format(Lang, "powershell.gate.failed", gate.Failing, FailOn, gate.Refused + (_inputFailed ? 1 : 0));
        ThrowTerminatingError(new ErrorRecord(new RuntimeException(message),
            gate.Failing > 0 ? "LiveEligibilityGateFailed" : "LiveEligibilityInputRefused", ErrorCategory.InvalidResult, "FailOn " + FailOn)
        {
            ErrorDetails = new ErrorDetails(message) { RecommendedAction = Messages.Get("powershell.gate.fix").In(Lang) },
        });
    }

    /// <summary>Deletes an unfinished report file when the pipeline stops early.</summary>
    public void Dispose()
    {
        _gate?.Dispose();
        _gate = null;
    }

    private GateRun Gate(string? inventoryPath)
    {
        if (_gate is not null) return _gate;
        var ci = CiEnvironment.System(Style);
        string? reportPath = OutputPath is null ? null : GetUnresolvedProviderPathFromPSPath(OutputPath);
        try
        {
            _gate = GateRun.Open(Session.Context, new GatePolicy(FailOn == "Conditional" ? Core.Reports.FailOn.Conditional : Core.Reports.FailOn.Ineligible),
                inventoryPath, reportPath, ReportFormat(), ci, CiEnvironment.Options(ci, Environment.GetEnvironmentVariable), HostLine);
        }
        catch (Exception ex) when (ex is System.IO.IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            ThrowTerminatingError(ErrorRecords.ReportUnwritable(ex, reportPath ?? OutputPath ?? string.Empty, Lang));
        }
        return _gate!;
    }

    private ReportFormat? ReportFormat()
    {
        if (OutputPath is null && OutputFormat is null) return null;
        var format = OutputFormat is not null ? ReportFormats.Find(OutputFormat) : ReportFormats.FromPath(OutputPath);
        if (format is null)
            ThrowTerminatingError(ErrorRecords.UnknownReportFormat(OutputFormat ?? OutputPath ?? string.Empty, ReportFormats.Names, Lang));
        return format;
    }

    private string Mark(bool fails, bool warns) =>
        "[" + Messages.Get(fails ? "powershell.gate.fail" : warns ? "powershell.gate.warn" : "powershell.gate.pass").In(Lang) + "]";

    private static string Where(SourceLocation? source) => source is null ? string.Empty : source + " ";

    // A pass says which plans are open; a failure or warning says why and what to do (the annotation's text).
    private string LineText(Decision decision, bool problem) => problem
        ? AnnotationText.Message(decision, Lang)
        : Messages.Format(Lang, "powershell.gate.pass-line", ReportText.Program(decision), decision.Scenario,
            string.Join(", ", decision.Plans.Select(p => p.Id)));

    private void HostLine(string line) =>
        WriteInformation(new HostInformationMessage { Message = line }, HostTags);
}
