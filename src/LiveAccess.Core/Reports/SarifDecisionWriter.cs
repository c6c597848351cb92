using System;
using System.Collections.Generic;
using System.Linq;
using LiveAccess.Core.Domain;
using LiveAccess.Core.Evaluation;

namespace LiveAccess.Core.Reports;

/// <summary>
/// SARIF 2.1.0 for GitHub code scanning, with only the problems: a result per reason of every
/// decision that fails the gate (level <c>error</c>), of every decision that passes with a
/// warning (conditional under the default gate, level <c>warning</c>), and per refused row.
/// Rule ids are the stable reason codes; locations point at the inventory file and line;
/// partial fingerprints hash AppId, scenario and rule. Results stream; the driver and its rules
/// (known only once every result is seen) follow them in the run object.
/// </summary>
public sealed class SarifDecisionWriter : IDecisionWriter
{
    /// <summary>The schema the document names.</summary>
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    private readonly ReportContext _context;
    private readonly ReportLabels _labels;
    private readonly JsonTextStream _stream;
    private readonly SarifRules _rules;
    private readonly string? _artifactUri;
    private long _results;
    private bool _completed;

    /// <summary>Starts the document on the context's output.</summary>
    public SarifDecisionWriter(ReportContext context)
    {
        _context = context ?? throw new ArgumentNullException(nameof(context));
        _labels = new ReportLabels(context.Language);
        _rules = new SarifRules(context.Language);
        var relative = InventoryPaths.Relative(context.InventoryPath);
        _artifactUri = relative is null ? null : InventoryPaths.ToUri(relative);
        _stream = new JsonTextStream(context.Output);
        var j = _stream.Json;
        j.WriteStartObject();
        j.WriteString("$schema", SchemaUri);
        j.WriteString("version", "2.1.0");
        j.WriteStartArray("runs");
        j.WriteStartObject();
        j.WriteStartArray("results");
    }

    /// <inheritdoc />
    public void WriteDecision(Decision decision)
    {
        if (decision is null) throw new ArgumentNullException(nameof(decision));
        var fails = _context.Gate.Fails(decision);
        if (!fails && !_context.Gate.Warns(decision)) return;
        var reasons = decision.Reasons.Where(r => r.Code != "route-matched").GroupBy(r => r.Code, StringComparer.Ordinal).Select(g => g.First()).ToList();
        if (reasons.Count == 0) reasons.Add(new Message("not-eligible", ReportText.Label(decision.Outcome, _context.Language)));
        var helpUri = decision.Provenance.Select(p => Matrix.HtmlText.SafeUrl(p.Url)).FirstOrDefault(u => u is not null);
        foreach (var reason in reasons)
        {
            var rule = _rules.Use(reason.Code, reason.Text, helpUri, fails);
            var text = Messages(decision, reason);
            WriteResult(rule, fails ? "error" : "warning", text, decision.Source,
                SarifFingerprint.Of(decision.AppId, decision.Scenario, rule.Id), decision.AppId, decision.Scenario, j =>
                {
                    j.WriteString("appId", decision.AppId);
                    if (decision.Name is not null) j.WriteString("name", decision.Name);
                    j.WriteString("scenario", decision.Scenario);
                    j.WriteString("outcome", Outcomes.Id(decision.Outcome));
                    j.WriteStartArray("plans");
                    foreach (var p in decision.Plans) j.WriteStringValue(p.Id);
                    j.WriteEndArray();
                    j.WriteStartArray("remediations");
                    foreach (var r in decision.Remediations) j.WriteStringValue(r.Text);
                    j.WriteEndArray();
                });
        }
    }

    /// <inheritdoc />
    public void WriteError(RowError error)
    {
        if (error is null) throw new ArgumentNullException(nameof(error));
        var rule = _rules.Use(error.Code, error.Message, null, true);
        var who = string.IsNullOrEmpty(error.AppId) ? string.Empty : error.AppId + ": ";
        WriteResult(rule, "error", who + error.Message, error.Source,
            SarifFingerprint.Of("row", error.AppId ?? error.Source?.Line.ToString(System.Globalization.CultureInfo.InvariantCulture), rule.Id),
            error.AppId, null, j =>
            {
                if (error.AppId is not null) j.WriteString("appId", error.AppId);
                j.WriteString("refused", "row");
            });
    }

    /// <inheritdoc />
    public void Complete(RunTotals totals)
    {
        if (totals is null) throw new ArgumentNullException(nameof(totals));
        if (_completed) return;
        _completed = true;
        var j = _stream.Json;
        j.WriteEndArray();

        j.WriteStartObject("tool");
        j.WriteStartObject("driver");
        j.WriteString("name", ProductInfo.Name);
        j.WriteString("version", ProductInfo.Version);
        j.WriteString("semanticVersion", ProductInfo.Version);
        j.WriteString("informationUri", ProductInfo.InformationUri);
        j.WriteStartArray("rules");
        foreach (var r in _rules.All) WriteRule(r);
        j.WriteEndArray();
        j.WriteEndObject();
        j.WriteEndObject();

        j.WriteStartArray("invocations");
        j.WriteStartObject();
        j.WriteBoolean("executionSuccessful", true);
        j.WriteEndObject();
        j.WriteEndArray();

        if (_artifactUri is not null)
        {
            j.WriteStartArray("artifacts");
            j.WriteStartObject();
            j.WriteStartObject("location");
            j.WriteString("uri", _artifactUri);
            j.WriteEndObject();
            j.WriteEndObject();
            j.WriteEndArray();
        }

        j.WriteStartObject("properties");
        j.WriteString("ruleSetVersion", _context.Rules.Version);
        j.WriteString("failOn", Outcomes.Id(_context.Gate.FailOn));
        j.WriteNumber("results", _results);
        j.WriteStartObject("totals");
        j.WriteNumber("read", totals.Read);
        j.WriteNumber("refused", totals.Refused);
        j.WriteNumber("decisions", totals.Decisions);
        j.WriteNumber("eligible", totals.Eligible);
        j.WriteNumber("conditional", totals.Conditional);
        j.WriteNumber("ineligible", totals.Ineligible);
        j.WriteEndObject();
        j.WriteEndObject();

        j.WriteEndObject();
        j.WriteEndArray();
        j.WriteEndObject();
        _stream.Drain();
        _context.Output.Write('\n');
        _context.Output.Flush();
    }

    /// <inheritdoc />
    public void Dispose() => _stream.Dispose();

    private string Messages(Decision d, Message reason)
    {
        var text = ReportText.Program(d) + ", " + d.Scenario + ": " + ReportText.Label(d.Outcome, _context.Language) + ". " + ReportText.EndSentence(reason.Text);
        var fixes = d.Remediations.Where(r => r.Text != reason.Text).ToList();
        if (fixes.Count > 0) text += " " + _labels.Format("fix", ReportText.Join(fixes));
        return text;
    }

    private void WriteResult(SarifRule rule, string level, string text, SourceLocation? source, string fingerprint,
        string? appId, string? scenario, Action<System.Text.Json.Utf8JsonWriter> properties)
    {
        _results++;
        var j = _stream.Json;
        j.WriteStartObject();
        j.WriteString("ruleId", rule.Id);
        j.WriteNumber("ruleIndex", rule.Index);
        j.WriteString("level", level);
        j.WriteStartObject("message");
        j.WriteString("text", text);
        j.WriteEndObject();
        j.WriteStartArray("locations");
        j.WriteStartObject();
        if (_artifactUri is not null)
        {
            j.WriteStartObject("physicalLocation");
            j.WriteStartObject("artifactLocation");
            j.WriteString("uri", _artifactUri);
            j.WriteNumber("index", 0);
            j.WriteEndObject();
            if (source is { Line: > 0 })
            {
                j.WriteStartObject("region");
                j.WriteNumber("startLine", source.Line);
                j.WriteEndObject();
            }
            j.WriteEndObject();
        }
        if (appId is not null)
        {
            j.WriteStartArray("logicalLocations");
            j.WriteStartObject();
            j.WriteString("name", appId);
            j.WriteString("fullyQualifiedName", scenario is null ? appId : appId + "/" + scenario);
            j.WriteString("kind", "object");
            j.WriteEndObject();
            j.WriteEndArray();
        }
        j.WriteEndObject();
        j.WriteEndArray();
        j.WriteStartObject("partialFingerprints");
        j.WriteString(SarifFingerprint.Key, fingerprint);
        j.WriteEndObject();
        j.WriteStartObject("properties");
        properties(j);
        j.WriteEndObject();
        j.WriteEndObject();
        _stream.Drain();
    }

    private void WriteRule(SarifRule r)
    {
        var j = _stream.Json;
        j.WriteStartObject();
        j.WriteString("id", r.Id);
        j.WriteString("name", r.Name);
        j.WriteStartObject("shortDescription");
        j.WriteString("text", r.ShortDescription);
        j.WriteEndObject();
        j.WriteStartObject("fullDescription");
        j.WriteString("text", r.FullDescription);
        j.WriteEndObject();
        j.WriteString("helpUri", r.HelpUri);
        j.WriteStartObject("help");
        j.WriteString("text", r.FullDescription + " " + r.HelpUri);
        j.WriteEndObject();
        j.WriteStartObject("defaultConfiguration");
        j.WriteString("level", r.UsedAsError ? "error" : "warning");
        j.WriteEndObject();
        j.WriteStartObject("properties");
        j.WriteStartArray("tags");
        j.WriteStringValue("liveaccess");
        j.WriteStringValue("wechat-mini-program");
        j.WriteEndArray();
        j.WriteEndObject();
        j.WriteEndObject();
    }
}
