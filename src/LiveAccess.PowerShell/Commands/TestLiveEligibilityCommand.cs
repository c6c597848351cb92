using System.Management.Automation;
using LiveAccess.PowerShell.Engine;

namespace LiveAccess.PowerShell.Commands;

/// <summary>
/// Decides whether mini programs may stream live: one <see cref="EligibilityResult"/> per program
/// and scenario, or with -Quiet one boolean each.
/// </summary>
[Cmdlet(VerbsDiagnostic.Test, "LiveEligibility", DefaultParameterSetName = PipelineDefaultSet)]
[OutputType(typeof(EligibilityResult))]
[OutputType(typeof(bool))]
public sealed class TestLiveEligibilityCommand : DecisionCommandBase
{
    /// <summary>Returns only $true (eligible) or $false per program and scenario.</summary>
    [Parameter]
    public SwitchParameter Quiet { get; set; }

    private protected override void WriteDecided(DecidedRow row)
    {
        foreach (var decision in row.Decisions)
        {
            if (Quiet) WriteObject(decision.Eligible);
            else WriteObject(ResultMapper.ToResult(decision));
        }
    }
}
