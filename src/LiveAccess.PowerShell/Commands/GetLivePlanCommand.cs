using System.Linq;
using System.Management.Automation;
using LiveAccess.Core.Reports;
using LiveAccess.Core.Text;
using LiveAccess.PowerShell.Engine;

namespace LiveAccess.PowerShell.Commands;

/// <summary>
/// Lists the vendor plans open to mini programs: one flat <see cref="LivePlan"/> per plan, program
/// and scenario, with the conditions of conditional plans. A program with no plan in a scenario
/// writes nothing to the pipeline; -Verbose says why.
/// </summary>
[Cmdlet(VerbsCommon.Get, "LivePlan", DefaultParameterSetName = PipelineDefaultSet)]
[OutputType(typeof(LivePlan))]
public sealed class GetLivePlanCommand : DecisionCommandBase
{
    /// <summary>Only plans of this vendor (Tencent Cloud or ZEGO; wildcards allowed).</summary>
    [Parameter]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(Completion.VendorCompleter))]
    [ValidateNotNullOrEmpty]
    public string? Vendor { get; set; }

    private protected override void WriteDecided(DecidedRow row)
    {
        var vendor = Vendor is null ? null : new WildcardPattern(Vendor, WildcardOptions.IgnoreCase);
        foreach (var decision in row.Decisions)
        {
            if (decision.Plans.Count == 0)
            {
                WriteVerbose(Messages.Format(Session.Context.Language, "powershell.no-plan", decision.AppId, decision.Scenario,
                    Outcomes.Id(decision.Outcome), string.Join(" ", decision.Reasons.Select(r => r.Text))));
                continue;
            }
            foreach (var plan in ResultMapper.ToPlans(decision))
                if (vendor is null || vendor.IsMatch(plan.Vendor)) WriteObject(plan);
        }
    }
}
