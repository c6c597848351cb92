using System.Management.Automation;
using LiveAccess.PowerShell.Engine;

namespace LiveAccess.PowerShell.Commands;

/// <summary>Lists the vendor access plans the rules know: vendor, integration, development, documentation, setup.</summary>
[Cmdlet(VerbsCommon.Get, "LivePlanInfo")]
[OutputType(typeof(LivePlanInfo))]
public sealed class GetLivePlanInfoCommand : LiveAccessCommandBase
{
    /// <summary>Plan ids to list; wildcards allowed.</summary>
    [Parameter(Position = 0, ValueFromPipeline = true)]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(Completion.PlanCompleter))]
    [ValidateNotNullOrEmpty]
    public string[]? Id { get; set; }

    /// <summary>Only plans of this vendor (Tencent Cloud or ZEGO; wildcards allowed).</summary>
    [Parameter]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(Completion.VendorCompleter))]
    [ValidateNotNullOrEmpty]
    public string? Vendor { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var ids = new NameFilter(Id);
        var vendors = new NameFilter(Vendor is null ? null : new[] { Vendor });
        foreach (var plan in CatalogueMapper.Plans(Rules.Rules, Rules.Language))
            if (ids.Matches(new[] { plan.Id }) && vendors.Matches(new[] { plan.Vendor }))
                WriteObject(plan);
    }
}
