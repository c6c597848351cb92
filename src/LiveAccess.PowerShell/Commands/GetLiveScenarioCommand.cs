using System.Linq;
using System.Management.Automation;
using LiveAccess.PowerShell.Engine;

namespace LiveAccess.PowerShell.Commands;

/// <summary>Lists the live scenarios the rules know, with their Chinese and English names, aliases and plans.</summary>
[Cmdlet(VerbsCommon.Get, "LiveScenario")]
[OutputType(typeof(LiveScenario))]
public sealed class GetLiveScenarioCommand : LiveAccessCommandBase
{
    /// <summary>Scenario ids, names or aliases (场景2, 电商...) to list; wildcards allowed.</summary>
    [Parameter(Position = 0, ValueFromPipeline = true)]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(Completion.ScenarioCompleter))]
    [ValidateNotNullOrEmpty]
    public string[]? Id { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var filter = new NameFilter(Id);
        foreach (var scenario in CatalogueMapper.Scenarios(Rules.Rules, Rules.Language))
            if (filter.Matches(new[] { scenario.Id, scenario.ChineseName, scenario.EnglishName }.Concat(scenario.Aliases)))
                WriteObject(scenario);
    }
}
