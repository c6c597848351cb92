using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using LiveAccess.PowerShell.Tests.Support;

namespace LiveAccess.PowerShell.Tests.Engine;

/// <summary>The gate's run (report file written before it fails, CI annotations) and the matrix cells, through the module.</summary>
public sealed class GateAndMatrixTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "liveaccess-gate-" + Guid.NewGuid().ToString("N"));

    public GateAndMatrixTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static object Gate(string failOn, string? report, string ci, List<string> lines, string? summary = null)
    {
        var options = CoreTypes.New("LiveAccess.Core.Ci.AnnotationOptions");
        CoreTypes.Set(options, "SummaryPath", summary);
        var policy = CoreTypes.New("LiveAccess.Core.Reports.GatePolicy", CoreTypes.Enum("LiveAccess.Core.Reports.FailOn", failOn));
        var format = report is null ? null : CoreTypes.Static("LiveAccess.Core.Reports.ReportFormats", "Find", "json");
        return LoadedModule.CallStatic("LiveAccess.PowerShell.Engine.GateRun", "Open", Support.Engine.Rules(), policy, null, report, format,
            CoreTypes.Enum("LiveAccess.Core.Ci.CiSystem", ci), options, new Action<string>(lines.Add))!;
    }

    private static object Totals(object session) => LoadedModule.Get(LoadedModule.Get(session, "Run")!, "Totals")!;

    [Fact]
    public void The_report_file_is_complete_when_the_gate_fails_and_annotations_mark_the_failure()
    {
        var report = Path.Combine(_dir, "gate.json");
        var lines = new List<string>();
        var summary = Path.Combine(_dir, "summary.md");
        var session = Support.Engine.Session();
        using var gate = (IDisposable)Gate("Ineligible", report, "GitHub", lines, summary);

        foreach (var (app, entity, category) in new[] { ("wx0123456789abcdef", "enterprise", "电商平台/电商平台"), ("wx00000000000000ff", "individual", "社交/直播") })
            foreach (var decision in Support.Engine.Decisions(Support.Engine.Decide(session, app, entity, new[] { category }, "ecommerce")))
                LoadedModule.Call(gate, "Decided", decision);
        Assert.False(File.Exists(report)); // nothing half-written is visible before the end
        LoadedModule.Call(gate, "Complete", Totals(session));

        Assert.Equal(1L, (long)LoadedModule.Get(gate, "Failing")!);
        Assert.Equal(Path.GetFullPath(report), (string?)LoadedModule.Get(gate, "ReportPath"));
        var json = File.ReadAllText(report);
        Assert.Contains("wx00000000000000ff", json);
        Assert.Contains("wx0123456789abcdef", json);
        Assert.Contains(lines, l => l.StartsWith("::error", StringComparison.Ordinal) && l.Contains("wx00000000000000ff"));
        Assert.DoesNotContain(lines, l => l.Contains("wx0123456789abcdef"));
        Assert.True(File.Exists(summary));
    }

    [Fact]
    public void FailOn_Conditional_also_fails_conditional_decisions()
    {
        var session = Support.Engine.Session();
        var decision = Support.Engine.Decisions(Support.Engine.Decide(session, "wx0123456789abcdef", "enterprise", new[] { "电商平台/电商平台" }, "medical-sales")).Single();
        using var lenient = (IDisposable)Gate("Ineligible", null, "None", new List<string>());
        using var strict = (IDisposable)Gate("Conditional", null, "None", new List<string>());
        Assert.False((bool)LoadedModule.Call(lenient, "Decided", decision)!);
        Assert.True((bool)LoadedModule.Call(strict, "Decided", decision)!);
        Assert.False((bool)LoadedModule.Get(lenient, "Annotating")!);
    }

    [Fact]
    public void Azure_annotations_end_with_task_complete()
    {
        var lines = new List<string>();
        var session = Support.Engine.Session();
        using var gate = (IDisposable)Gate("Ineligible", null, "Azure", lines, Path.Combine(_dir, "azure.md"));
        foreach (var decision in Support.Engine.Decisions(Support.Engine.Decide(session, "wx00000000000000ff", "individual", null, "ecommerce")))
            LoadedModule.Call(gate, "Decided", decision);
        LoadedModule.Call(gate, "Complete", Totals(session));
        Assert.Contains(lines, l => l.StartsWith("##vso[task.logissue type=error", StringComparison.Ordinal));
        Assert.StartsWith("##vso[task.complete result=Failed", lines.Last());
    }

    [Fact]
    public void Category_cells_say_which_category_opens_which_plan_in_which_scenario()
    {
        var matrix = CoreTypes.Static("LiveAccess.Core.Matrix.CategoryMatrix", "Build", LoadedModule.Get(Support.Engine.Rules(), "Rules"))!;
        var english = CoreTypes.Enum("LiveAccess.Core.Text.Language", "English");
        var cells = ((IEnumerable)LoadedModule.CallStatic("LiveAccess.PowerShell.Engine.MatrixMapper", "CategoryCells", matrix, english)!).Cast<dynamic>().ToList();
        var live = cells.Single(c => (string)c.Category == "社交/直播" && (string)c.PlanId == "tencent-standard-live");
        Assert.Equal("open", (string)live.Mark);
        Assert.Contains("ecommerce", (string[])live.Scenarios);
        Assert.Contains("entertainment", (string[])live.Scenarios);
        Assert.DoesNotContain(cells, c => (string)c.Mark == "none");

        var scenarios = ((IEnumerable)LoadedModule.CallStatic("LiveAccess.PowerShell.Engine.MatrixMapper", "ScenarioCells", matrix, english)!).Cast<dynamic>().ToList();
        var saas = scenarios.Single(c => (string)c.Scenario == "education" && (string)c.PlanId == "tencent-enterprise-live");
        Assert.Contains("always", (string[])saas.OpenedBy);
        var stale = scenarios.Single(c => (string)c.Scenario == "customer-service" && (string)c.PlanId == "tencent-standard-live");
        Assert.Equal("conditional", (string)stale.Mark);
        Assert.NotEmpty((string[])stale.Conditions);
    }

    [Fact]
    public void Discovery_lists_every_category_scenario_and_plan_with_what_opens_what()
    {
        var context = Support.Engine.Rules();
        var rules = LoadedModule.Get(context, "Rules")!;
        var language = LoadedModule.Get(context, "Language");
        var categories = ((IEnumerable)LoadedModule.CallStatic("LiveAccess.PowerShell.Engine.CatalogueMapper", "Categories", rules)!).Cast<dynamic>().ToList();
        var catalogue = ((IEnumerable)LoadedModule.Get(LoadedModule.Get(rules, "Categories")!, "All")!).Cast<object>().Count();
        Assert.Equal(catalogue, categories.Count);
        var platform = categories.Single(c => (string)c.Id == "ecommerce/platform");
        Assert.Equal("电商平台/电商平台", (string)platform.Name);
        Assert.Contains("medical-sales", (string[])platform.Scenarios);
        Assert.Contains("zego-live-plugin", (string[])platform.Plans);

        var scenarios = ((IEnumerable)LoadedModule.CallStatic("LiveAccess.PowerShell.Engine.CatalogueMapper", "Scenarios", rules, language)!).Cast<dynamic>().ToList();
        var ecommerce = scenarios.Single(s => (string)s.Id == "ecommerce");
        Assert.Contains("场景2", (string[])ecommerce.Aliases);
        Assert.Equal("场景2", (string)ecommerce.Section);

        var plans = ((IEnumerable)LoadedModule.CallStatic("LiveAccess.PowerShell.Engine.CatalogueMapper", "Plans", rules, language)!).Cast<dynamic>().ToList();
        Assert.Equal(new[] { "education", "finance" }, ((string[])plans.Single(p => (string)p.Id == "tencent-enterprise-live").Scenarios).OrderBy(s => s));
    }
}
