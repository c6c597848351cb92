using System;
using System.Collections.Generic;
using System.Text.Json;
using LiveAccess.Core.Domain;

namespace LiveAccess.Core.Reports;

/// <summary>The JSON shape of one decision (the public contract of <c>--format json</c>).</summary>
public static class DecisionJson
{
    private static readonly JsonEncodedText AppId = JsonEncodedText.Encode("appId");
    private static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText EntityType = JsonEncodedText.Encode("entityType");
    private static readonly JsonEncodedText Scenario = JsonEncodedText.Encode("scenario");
    private static readonly JsonEncodedText ScenarioName = JsonEncodedText.Encode("scenarioName");
    private static readonly JsonEncodedText Outcome = JsonEncodedText.Encode("outcome");
    private static readonly JsonEncodedText Eligible = JsonEncodedText.Encode("eligible");
    private static readonly JsonEncodedText Plans = JsonEncodedText.Encode("plans");
    private static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText Vendor = JsonEncodedText.Encode("vendor");
    private static readonly JsonEncodedText Integration = JsonEncodedText.Encode("integration");
    private static readonly JsonEncodedText NeedsDevelopment = JsonEncodedText.Encode("needsDevelopment");
    private static readonly JsonEncodedText MatchedBy = JsonEncodedText.Encode("matchedBy");
    private static readonly JsonEncodedText Conditions = JsonEncodedText.Encode("conditions");
    private static readonly JsonEncodedText Docs = JsonEncodedText.Encode("docs");
    private static readonly JsonEncodedText Setup = JsonEncodedText.Encode("setup");
    private static readonly JsonEncodedText Reasons = JsonEncodedText.Encode("reasons");
    private static readonly JsonEncodedText Remediations = JsonEncodedText.Encode("remediations");
    private static readonly JsonEncodedText Warnings = JsonEncodedText.Encode("warnings");
    private static readonly JsonEncodedText Code = JsonEncodedText.Encode("code");
    private static readonly JsonEncodedText MessageText = JsonEncodedText.Encode("message");
    private static readonly JsonEncodedText Provenance = JsonEncodedText.Encode("provenance");
    private static readonly JsonEncodedText SourceName = JsonEncodedText.Encode("source");
    private static readonly JsonEncodedText Title = JsonEncodedText.Encode("title");
    private static readonly JsonEncodedText Section = JsonEncodedText.Encode("section");
    private static readonly JsonEncodedText Date = JsonEncodedText.Encode("date");
    private static readonly JsonEncodedText Url = JsonEncodedText.Encode("url");
    private static readonly JsonEncodedText RuleSetVersion = JsonEncodedText.Encode("ruleSetVersion");
    private static readonly JsonEncodedText File = JsonEncodedText.Encode("file");
    private static readonly JsonEncodedText Line = JsonEncodedText.Encode("line");

    /// <summary>Writes one decision as a JSON object.</summary>
    public static void Write(Utf8JsonWriter json, Decision decision)
    {
        if (json is null) throw new ArgumentNullException(nameof(json));
        if (decision is null) throw new ArgumentNullException(nameof(decision));
        json.WriteStartObject();
        json.WriteString(AppId, decision.AppId);
        json.WriteString(Name, decision.Name);
        json.WriteString(EntityType, decision.EntityType.Id());
        json.WriteString(Scenario, decision.Scenario);
        json.WriteString(ScenarioName, decision.Verdict.ScenarioName);
        json.WriteString(Outcome, Outcomes.Id(decision.Outcome));
        json.WriteBoolean(Eligible, decision.Eligible);
        json.WriteStartArray(Plans);
        foreach (var plan in decision.Plans) WritePlan(json, plan);
        json.WriteEndArray();
        WriteMessages(json, Reasons, decision.Reasons);
        WriteMessages(json, Remediations, decision.Remediations);
        WriteMessages(json, Warnings, decision.Warnings);
        json.WriteStartArray(Provenance);
        foreach (var p in decision.Provenance)
        {
            json.WriteStartObject();
            json.WriteString(SourceName, p.Source);
            json.WriteString(Title, p.Title);
            json.WriteString(Section, p.Section);
            json.WriteString(Date, p.Date);
            json.WriteString(Url, p.Url);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteString(RuleSetVersion, decision.RuleSetVersion);
        if (decision.Source is { } source)
        {
            json.WriteStartObject(SourceName);
            json.WriteString(File, source.File);
            json.WriteNumber(Line, source.Line);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull(SourceName);
        }
        json.WriteEndObject();
    }

    private static void WritePlan(Utf8JsonWriter json, PlanMatch plan)
    {
        json.WriteStartObject();
        json.WriteString(Id, plan.Id);
        json.WriteString(Name, plan.Name);
        json.WriteString(Vendor, plan.Vendor);
        json.WriteString(Integration, plan.Integration);
        json.WriteBoolean(NeedsDevelopment, plan.NeedsDevelopment);
        json.WriteStartArray(MatchedBy);
        foreach (var m in plan.MatchedBy) json.WriteStringValue(m);
        json.WriteEndArray();
        WriteMessages(json, Conditions, plan.Conditions);
        json.WriteString(Docs, plan.Docs);
        json.WriteString(Setup, plan.Setup);
        json.WriteEndObject();
    }

    private static void WriteMessages(Utf8JsonWriter json, JsonEncodedText name, IReadOnlyList<Message> messages)
    {
        json.WriteStartArray(name);
        foreach (var m in messages)
        {
            json.WriteStartObject();
            json.WriteString(Code, m.Code);
            json.WriteString(MessageText, m.Text);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
