using System.Linq;
using LiveAccess.Core.Domain;
using LiveAccess.Core.Evaluation;
using LiveAccess.Core.Rules;
using LiveAccess.Core.Text;

namespace LiveAccess.Core.Tests;

/// <summary>Shortcuts over the default rule set for tests.</summary>
internal static class TestRules
{
    public static RuleSet Default => RuleSetLoader.Default;
    public static readonly Evaluator English = new(RuleSetLoader.Default, Language.English);
    public static readonly Evaluator Chinese = new(RuleSetLoader.Default, Language.Chinese);

    public const string AppId = "wx0123456789abcdef";

    public static MiniProgram Program(string entity, string? scenario, params string[] categories)
    {
        var result = new ProgramNormalizer(Default, Language.English).Normalize(new InventoryRow
        {
            AppId = AppId, EntityType = entity, Scenario = scenario, Categories = categories,
        });
        Assert.Null(result.Error);
        return result.Program!;
    }

    public static Decision Decide(string entity, string scenario, params string[] categories) =>
        English.Evaluate(Program(entity, scenario, categories)).Single();

    public static string[] PlanIds(this Decision d) => d.Plans.Select(p => p.Id).OrderBy(x => x, System.StringComparer.Ordinal).ToArray();

    public static string[] Sorted(params string[] ids) => ids.OrderBy(x => x, System.StringComparer.Ordinal).ToArray();
}
