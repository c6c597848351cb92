using System.Linq;
using LiveAccess.PowerShell.Tests.Support;

namespace LiveAccess.PowerShell.Tests.Surface;

/// <summary>OutputType on every cmdlet, the decision contract's property names, and ShouldProcess where files are written.</summary>
public sealed class OutputAndShouldProcessTests
{
    private readonly CmdletSurface _surface = CmdletSurface.Load();

    [Fact]
    public void Every_cmdlet_declares_its_output_types_and_they_exist()
    {
        foreach (var cmdlet in _surface.Cmdlets)
        {
            Assert.NotEmpty(cmdlet.OutputTypes);
            foreach (var type in cmdlet.OutputTypes.Where(t => t.StartsWith("LiveAccess.")))
                Assert.Contains(_surface.Types, t => t.FullName == type);
        }
    }

    [Fact]
    public void Test_LiveEligibility_returns_results_or_booleans()
    {
        Assert.Equal(new[] { "LiveAccess.EligibilityResult", "System.Boolean" }, _surface.Cmdlet("Test-LiveEligibility").OutputTypes.OrderBy(t => t));
    }

    [Fact]
    public void Results_carry_the_public_decision_contract_in_Pascal_case()
    {
        var result = _surface.Types.Single(t => t.FullName == "LiveAccess.EligibilityResult");
        var names = result.GetProperties().Select(p => p.Name).ToList();
        foreach (var field in new[] { "AppId", "Name", "EntityType", "Scenario", "Outcome", "Eligible", "Plans", "Reasons", "Remediations", "Warnings", "Provenance", "RuleSetVersion" })
            Assert.Contains(field, names);
        var plan = result.GetProperty("Plans")!.PropertyType.GetElementType()!;
        var planNames = plan.GetProperties().Select(p => p.Name).ToList();
        foreach (var field in new[] { "Id", "Vendor", "Integration", "NeedsDevelopment", "MatchedBy", "Conditions", "Docs" })
            Assert.Contains(field, planNames);
        var reason = result.GetProperty("Reasons")!.PropertyType.GetElementType()!;
        Assert.Equal(new[] { "Code", "Message" }, reason.GetProperties().Select(p => p.Name).OrderBy(n => n));
    }

    [Fact]
    public void Get_LivePlan_is_flat_so_Vendor_and_AppId_are_top_level_properties()
    {
        var type = _surface.Cmdlet("Get-LivePlan").OutputTypes.Single();
        var names = _surface.Types.Single(t => t.FullName == type).GetProperties().Select(p => p.Name).ToList();
        foreach (var field in new[] { "AppId", "Scenario", "PlanId", "Vendor", "Integration", "Conditional", "Conditions" })
            Assert.Contains(field, names);
    }

    [Fact]
    public void Only_the_exporting_cmdlet_writes_files_and_it_supports_ShouldProcess()
    {
        var export = _surface.Cmdlet("Export-CategoryMatrix");
        Assert.True(export.SupportsShouldProcess);
        foreach (var name in new[] { "Path", "Format", "Force", "NoClobber", "PassThru" })
            Assert.Contains(export.Parameters, p => p.Name == name);
        Assert.Contains("System.IO.FileInfo", export.OutputTypes);
        foreach (var cmdlet in _surface.Cmdlets.Where(c => c.Name is not ("Export-CategoryMatrix" or "Assert-LiveEligibility")))
            Assert.False(cmdlet.SupportsShouldProcess, cmdlet.Name + " changes nothing and must not offer -WhatIf");
    }
}
