using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using LiveAccess.Core.Domain;
using LiveAccess.Core.Evaluation;
using LiveAccess.Core.Reports;
using LiveAccess.Core.Rules;
using LiveAccess.Core.Text;

namespace LiveAccess.Core.Tests.Reports;

/// <summary>A mixed inventory run through a writer, as the CLI does it.</summary>
internal static class ReportRun
{
    public const string Inventory = "examples/inventory.csv";
    public const string HostileName = "Evil | <b>x</b> 100% \"q\" : ]; ##vso[task.complete result=Succeeded] ::error::x `*_[y](z)";

    /// <summary>Rows of a mixed inventory; line = index + 2 (header on line 1).</summary>
    public static IReadOnlyList<InventoryRecord> Mixed(string file = Inventory) => new[]
    {
        Row(file, 2, "wx0000000000000001", "Shop", "enterprise", "ecommerce", "电商平台/电商平台"),          // eligible
        Row(file, 3, "wx0000000000000002", "Solo", "individual", "ecommerce", "电商平台/电商平台"),          // ineligible: individual-entity
        Row(file, 4, "wx0000000000000003", "Clinic", "enterprise", "medical-sales", "电商平台/电商平台"),   // conditional: medical-category-required
        Row(file, 5, "wx0000000000000004", "Support", "enterprise", "customer-service", "工具/视频客服"),   // conditional: stale-category
        Row(file, 6, "wxBAD", "Broken", "enterprise", "ecommerce", "电商平台/电商平台"),                    // refused: bad-app-id
        Row(file, 7, "wx0000000000000006", "No categories", "enterprise", "auto-presale"),                 // ineligible: no-route
        Row(file, 8, "wx0000000000000007", HostileName, "enterprise", "ecommerce"),                        // ineligible: no-route
        Row(file, 9, "wx0000000000000008", "All scenarios", "enterprise", null, "社交/直播"),               // 15 decisions
    };

    public static InventoryRecord Row(string file, int line, string appId, string? name, string entity, string? scenario, params string[] categories) =>
        InventoryRecord.Ok(new InventoryRow
        {
            AppId = appId, Name = name, EntityType = entity, Scenario = scenario, Categories = categories,
            Source = new SourceLocation(file, line),
        });

    public static ReportContext Context(TextWriter output, FailOn failOn = FailOn.Ineligible, Language language = Language.English,
        string? inventory = Inventory, RuleSet? rules = null) => new()
    {
        Output = output,
        Language = language,
        InventoryPath = inventory,
        Rules = rules ?? RuleSetLoader.Default,
        Gate = new GatePolicy(failOn),
    };

    /// <summary>Runs records through a writer; returns what it wrote and the decisions made.</summary>
    public static (string Text, List<Decision> Decisions, List<RowError> Errors, RunTotals Totals) Render(
        Func<ReportContext, IDecisionWriter> create, IEnumerable<InventoryRecord>? records = null,
        FailOn failOn = FailOn.Ineligible, Language language = Language.English, string? inventory = Inventory, RuleSet? rules = null)
    {
        var output = new StringWriter();
        var context = Context(output, failOn, language, inventory, rules);
        var run = new DecisionRun(context.Rules, language);
        var decisions = new List<Decision>();
        var errors = new List<RowError>();
        using (var writer = create(context))
        {
            foreach (var item in run.DecideAll(records ?? Mixed()))
            {
                if (item.Error is { } e) { errors.Add(e); writer.WriteError(e); }
                foreach (var d in item.Decisions) { decisions.Add(d); writer.WriteDecision(d); }
            }
            writer.Complete(run.Totals);
        }
        return (output.ToString(), decisions, errors, run.Totals);
    }
}
