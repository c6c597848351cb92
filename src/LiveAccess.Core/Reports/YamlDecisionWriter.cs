using System;
using System.Collections.Generic;
using LiveAccess.Core.Domain;
using LiveAccess.Core.Evaluation;

namespace LiveAccess.Core.Reports;

/// <summary>
/// Decisions as one YAML document: the JSON contract's fields (<c>appId</c>, <c>outcome</c>,
/// <c>plans</c>...) under <c>decisions</c>, refused rows under <c>errors</c>, then <c>totals</c>.
/// Streams decisions as they come; refused rows wait in a disk spool.
/// </summary>
public sealed class YamlDecisionWriter : IDecisionWriter
{
    private readonly ReportContext _context;
    private readonly YamlWriter _yaml;
    private readonly RowErrorSpool _errors = new();
    private bool _completed;

    /// <summary>Starts the document on the context's output.</summary>
    public YamlDecisionWriter(ReportContext context)
    {
        _context = context ?? throw new ArgumentNullException(nameof(context));
        _yaml = new YamlWriter(context.Output);
        _yaml.BeginMap();
        _yaml.Field("tool", ProductInfo.Name + " " + ProductInfo.Version);
        _yaml.Field("ruleSetVersion", context.Rules.Version);
        _yaml.Field("failOn", Outcomes.Id(context.Gate.FailOn));
        _yaml.Field("inventory", InventoryPaths.Relative(context.InventoryPath));
        _yaml.Key("decisions");
        _yaml.BeginList();
    }

    /// <inheritdoc />
    public void WriteDecision(Decision decision)
    {
        if (decision is null) throw new ArgumentNullException(nameof(decision));
        var y = _yaml;
        y.BeginMap();
        y.Field("appId", decision.AppId);
        y.Field("name", decision.Name);
        y.Field("entityType", decision.EntityType.Id());
        y.Field("scenario", decision.Scenario);
        y.Field("scenarioName", decision.Verdict.ScenarioName);
        y.Field("outcome", Outcomes.Id(decision.Outcome));
        y.Field("eligible", decision.Eligible);
        y.Key("plans");
        y.BeginList();
        foreach (var p in decision.Plans) WritePlan(p);
        y.EndList();
        WriteMessages("reasons", decision.Reasons);
        WriteMessages("remediations", decision.Remediations);
        WriteMessages("warnings", decision.Warnings);
        y.Key("provenance");
        y.BeginList();
        foreach (var p in decision.Provenance)
        {
            y.BeginMap();
            y.Field("source", p.Source);
            y.Field("title", p.Title);
            y.Field("section", p.Section);
            y.Field("date", p.Date);
            y.Field("url", p.Url);
            y.EndMap();
        }
        y.EndList();
        y.Field("ruleSetVersion", decision.RuleSetVersion);
        WriteSource(decision.Source);
        y.EndMap();
    }

    /// <inheritdoc />
    public void WriteError(RowError error) => _errors.Add(error);

    /// <inheritdoc />
    public void Complete(RunTotals totals)
    {
        if (totals is null) throw new ArgumentNullException(nameof(totals));
        if (_completed) return;
        _completed = true;
        var y = _yaml;
        y.EndList();
        y.Key("errors");
        y.BeginList();
        foreach (var e in _errors.ReadAll())
        {
            y.BeginMap();
            y.Field("code", e.Code);
            y.Field("message", e.Message);
            y.Field("appId", e.AppId);
            WriteSource(e.Source);
            y.EndMap();
        }
        y.EndList();
        y.Key("totals");
        y.BeginMap();
        y.Field("read", totals.Read);
        y.Field("answered", totals.Answered);
        y.Field("refused", totals.Refused);
        y.Field("decisions", totals.Decisions);
        y.Field("eligible", totals.Eligible);
        y.Field("conditional", totals.Conditional);
        y.Field("ineligible", totals.Ineligible);
        y.EndMap();
        y.EndMap();
        _context.Output.Flush();
    }

    /// <inheritdoc />
    public void Dispose() => _errors.Dispose();

    private void WritePlan(PlanMatch p)
    {
        var y = _yaml;
        y.BeginMap();
        y.Field("id", p.Id);
        y.Field("name", p.Name);
        y.Field("vendor", p.Vendor);
        y.Field("integration", p.Integration);
        y.Field("needsDevelopment", p.NeedsDevelopment);
        y.Key("matchedBy");
        y.BeginList();
        foreach (var m in p.MatchedBy) y.String(m);
        y.EndList();
        WriteMessages("conditions", p.Conditions);
        y.Field("docs", p.Docs);
        y.Field("setup", p.Setup);
        y.EndMap();
    }

    private void WriteMessages(string key, IReadOnlyList<Message> messages)
    {
        var y = _yaml;
        y.Key(key);
        y.BeginList();
        foreach (var m in messages)
        {
            y.BeginMap();
            y.Field("code", m.Code);
            y.Field("message", m.Text);
            y.EndMap();
        }
        y.EndList();
    }

    private void WriteSource(SourceLocation? source)
    {
        _yaml.Key("source");
        if (source is null) { _yaml.String(null); return; }
        _yaml.BeginMap();
        _yaml.Field("file", source.File);
        _yaml.Field("line", source.Line);
        _yaml.EndMap();
    }
}
