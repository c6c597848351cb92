using System.Linq;
using LiveAccess.PowerShell.Tests.Support;

namespace LiveAccess.PowerShell.Tests.Surface;

/// <summary>
/// Pipeline binding as declared in the assembly: inventory columns (English and Chinese) bind by
/// property name, files come in through -Path and -LiteralPath (PSPath, LP), and every deciding
/// cmdlet takes -RulePath.
/// </summary>
public sealed class ParameterBindingTests
{
    private readonly CmdletSurface _surface = CmdletSurface.Load();

    public static TheoryData<string> Deciding() => new(ModuleContract.Deciding);
    public static TheoryData<string> RuleUsing() => new(ModuleContract.RuleUsing);

    [Theory]
    [MemberData(nameof(Deciding))]
    public void Inventory_columns_bind_by_property_name_with_their_Chinese_aliases(string name)
    {
        var cmdlet = _surface.Cmdlet(name);
        foreach (var (parameter, aliases) in ModuleContract.InventoryColumns)
        {
            var p = cmdlet.Parameter(parameter);
            Assert.True(p.ByPropertyName, $"{name} -{parameter} must bind ValueFromPipelineByPropertyName");
            foreach (var alias in aliases) Assert.Contains(alias, p.Aliases);
        }
    }

    [Theory]
    [MemberData(nameof(Deciding))]
    public void AppId_is_mandatory_per_object_but_accepts_empty_values_so_the_core_reports_them(string name)
    {
        var cmdlet = _surface.Cmdlet(name);
        var appId = cmdlet.Parameter("AppId");
        Assert.True(appId.Mandatory("Object"));
        var attributes = appId.Property.CustomAttributes.Select(a => a.AttributeType.Name).ToList();
        Assert.Contains("AllowEmptyStringAttribute", attributes);
        Assert.Contains("AllowNullAttribute", attributes);
    }

    [Theory]
    [MemberData(nameof(Deciding))]
    public void LiteralPath_is_the_default_set_so_Get_ChildItem_output_binds_PSPath_and_rows_fall_through_to_the_object_set(string name)
    {
        // PowerShell binds pipeline input to the default set first and stops when anything binds there;
        // a FileInfo's Name would bind -Name of the object set and then miss its mandatory AppId.
        var cmdlet = _surface.Cmdlet(name);
        Assert.Equal("LiteralPath", cmdlet.DefaultParameterSet);
        var inDefault = cmdlet.Parameters.Where(p => p.Sets.Any(s => s.Set == "LiteralPath" && (s.ValueFromPipeline || s.ValueFromPipelineByPropertyName))).ToList();
        Assert.Equal(new[] { "LiteralPath" }, inDefault.Select(p => p.Name));
        Assert.DoesNotContain(ModuleContract.InventoryColumns.Keys, column => inDefault.Single().Aliases.Contains(column));
    }

    [Theory]
    [MemberData(nameof(Deciding))]
    public void Categories_are_a_string_array_so_JSON_arrays_and_CSV_cells_both_bind(string name)
    {
        Assert.Equal("System.String[]", _surface.Cmdlet(name).Parameter("Category").TypeName);
    }

    [Theory]
    [MemberData(nameof(Deciding))]
    public void Path_takes_wildcards_and_LiteralPath_binds_PSPath_from_Get_ChildItem(string name)
    {
        var cmdlet = _surface.Cmdlet(name);
        var path = cmdlet.Parameter("Path");
        Assert.True(path.SupportsWildcards);
        Assert.True(path.Mandatory("Path"));
        Assert.Contains(path.Sets, s => s.Set == "Path" && s.Position == 0);
        var literal = cmdlet.Parameter("LiteralPath");
        Assert.Contains("PSPath", literal.Aliases);
        Assert.Contains("LP", literal.Aliases);
        Assert.True(literal.ByPropertyName);
        Assert.False(literal.SupportsWildcards);
        Assert.All(new[] { "InventoryFormat", "Encoding" }, p =>
            Assert.All(cmdlet.Parameter(p).Sets, s => Assert.True(s.Set is "Path" or "LiteralPath", $"-{p} belongs to file input only")));
    }

    [Theory]
    [MemberData(nameof(Deciding))]
    public void Row_parameters_belong_only_to_the_object_set(string name)
    {
        var cmdlet = _surface.Cmdlet(name);
        foreach (var parameter in ModuleContract.InventoryColumns.Keys)
            Assert.All(cmdlet.Parameter(parameter).Sets, s => Assert.Equal("Object", s.Set));
    }

    [Theory]
    [MemberData(nameof(RuleUsing))]
    public void Rule_using_cmdlets_take_RulePath_and_Language(string name)
    {
        var cmdlet = _surface.Cmdlet(name);
        Assert.Equal("System.String", cmdlet.Parameter("RulePath").TypeName);
        Assert.Equal(new[] { "en", "zh-CN" }, cmdlet.Parameter("Language").ValidateSet);
    }

    [Fact]
    public void Test_cmdlets_have_Quiet()
    {
        foreach (var name in new[] { "Test-LiveEligibility", "Test-LiveRuleFile" })
            Assert.Equal("System.Management.Automation.SwitchParameter", _surface.Cmdlet(name).Parameter("Quiet").TypeName);
    }

    [Fact]
    public void The_gate_chooses_what_fails_it_from_a_closed_set()
    {
        var gate = _surface.Cmdlet("Assert-LiveEligibility");
        Assert.Equal(new[] { "Ineligible", "Conditional" }, gate.Parameter("FailOn").ValidateSet);
        Assert.Equal("System.Management.Automation.SwitchParameter", gate.Parameter("PassThru").TypeName);
    }

    [Fact]
    public void Closed_choices_use_ValidateSet_and_open_ones_tab_complete()
    {
        var decide = _surface.Cmdlet("Test-LiveEligibility");
        Assert.Equal("ScenarioCompleter", decide.Parameter("Scenario").Completer?.Name);
        Assert.Equal("EntityTypeCompleter", decide.Parameter("EntityType").Completer?.Name);
        Assert.Equal("CategoryCompleter", decide.Parameter("Category").Completer?.Name);
        Assert.Equal(new[] { "Csv", "Json", "Yaml" }, decide.Parameter("InventoryFormat").ValidateSet);
        Assert.Equal("PlanCompleter", _surface.Cmdlet("Get-LivePlanInfo").Parameter("Id").Completer?.Name);
        Assert.Equal("ScenarioCompleter", _surface.Cmdlet("Get-LiveScenario").Parameter("Id").Completer?.Name);
        Assert.Equal("CategoryCompleter", _surface.Cmdlet("Get-LiveCategory").Parameter("Name").Completer?.Name);
    }

    [Fact]
    public void Completers_implement_IArgumentCompleter()
    {
        foreach (var completer in _surface.Cmdlets.SelectMany(c => c.Parameters).Select(p => p.Completer).OfType<System.Type>().Distinct())
            Assert.Contains(completer.GetInterfaces(), i => i.FullName == "System.Management.Automation.IArgumentCompleter");
    }
}
