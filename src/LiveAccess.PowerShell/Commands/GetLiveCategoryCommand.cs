using System.Linq;
using System.Management.Automation;
using LiveAccess.PowerShell.Engine;

namespace LiveAccess.PowerShell.Commands;

/// <summary>Lists the service categories (服务类目) the rules know, with the scenarios and plans each opens.</summary>
[Cmdlet(VerbsCommon.Get, "LiveCategory")]
[OutputType(typeof(LiveCategory))]
public sealed class GetLiveCategoryCommand : LiveAccessCommandBase
{
    /// <summary>Category names or ids to list (Chinese pair, English pair, id or alias; wildcards allowed).</summary>
    [Parameter(Position = 0, ValueFromPipeline = true)]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(Completion.CategoryCompleter))]
    [ValidateNotNullOrEmpty]
    public string[]? Name { get; set; }

    /// <summary>Only categories that open a plan in this scenario.</summary>
    [Parameter]
    [ArgumentCompleter(typeof(Completion.ScenarioCompleter))]
    [ValidateNotNullOrEmpty]
    public string? Scenario { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var filter = new NameFilter(Name);
        foreach (var category in CatalogueMapper.Categories(Rules.Rules))
        {
            if (Scenario is not null && !category.Scenarios.Contains(Scenario, System.StringComparer.OrdinalIgnoreCase)) continue;
            if (filter.Matches(new[] { category.Name, category.Id, category.EnglishName, category.Secondary }.Concat(category.Aliases)))
                WriteObject(category);
        }
    }
}
