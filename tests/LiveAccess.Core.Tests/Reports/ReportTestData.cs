using System.IO;
using System.Linq;
using LiveAccess.Core.Domain;
using LiveAccess.Core.Evaluation;
using LiveAccess.Core.Reports;
using LiveAccess.Core.Rules;
using LiveAccess.Core.Text;

namespace LiveAccess.Core.Tests.Reports;

/// <summary>Decisions and contexts for writer tests.</summary>
internal static class ReportTestData
{
    public static Decision[] Decide(string appId, string? name, string entity, string? scenario, params string[] categories)
        => Decide(Language.English, appId, name, entity, scenario, categories);

    public static Decision[] Decide(Language language, string appId, string? name, string entity, string? scenario, params string[] categories)
    {
        var result = new ProgramNormalizer(RuleSetLoader.Default, language).Normalize(new InventoryRow
        {
            AppId = appId, Name = name, EntityType = entity, Scenario = scenario, Categories = categories,
            Source = new SourceLocation("apps.csv", 2),
        });
        Assert.Null(result.Error);
        return new Evaluator(RuleSetLoader.Default, language).Evaluate(result.Program!).ToArray();
    }

    public static ReportContext Context(TextWriter output, Language language = Language.English, int width = 100) =>
        new() { Output = output, Rules = RuleSetLoader.Default, Language = language, Width = width };

    /// <summary>Totals that match the decisions written (the writers only read them).</summary>
    public static RunTotals Totals(params Decision[] decisions)
    {
        var programs = decisions.Select(d => d.Program).Distinct().Count();
        return new RunTotals
        {
            Read = programs,
            Answered = programs,
            Decisions = decisions.Length,
            Eligible = decisions.Count(d => d.Outcome == Outcome.Eligible),
            Conditional = decisions.Count(d => d.Outcome == Outcome.Conditional),
            Ineligible = decisions.Count(d => d.Outcome == Outcome.Ineligible),
        };
    }
}
