using System.Collections.Generic;
using LiveAccess.Core.Domain;
using LiveAccess.Core.Rules;
using LiveAccess.Core.Text;

namespace LiveAccess.Core.Evaluation;

/// <summary>Collects, for one plan, every route that opened it and whatever conditions remain.</summary>
internal sealed class PlanBuilder
{
    private readonly Plan _plan;
    private readonly List<string> _openMatchedBy = new();
    private readonly List<string> _conditionalMatchedBy = new();
    private readonly List<string> _openRoutes = new();
    private readonly List<string> _conditionalRoutes = new();

    public PlanBuilder(Plan plan) => _plan = plan;

    /// <summary>The plan's id.</summary>
    public string Id => _plan.Id;

    /// <summary>True when at least one route opened the plan without conditions.</summary>
    public bool IsOpen => _openRoutes.Count > 0;

    /// <summary>The conditions of the conditional routes (meaningful when not open).</summary>
    public List<RuleMessage> Conditions { get; } = new();

    public void Add(Route route, IEnumerable<string> matchedBy, List<RuleMessage> conditions)
    {
        var open = conditions.Count == 0;
        AddDistinct(open ? _openMatchedBy : _conditionalMatchedBy, matchedBy);
        (open ? _openRoutes : _conditionalRoutes).Add(route.Id);
        foreach (var c in conditions)
            if (!HasCondition(c.Code)) Conditions.Add(c);
    }

    private bool HasCondition(string code)
    {
        foreach (var x in Conditions)
            if (x.Code == code) return true;
        return false;
    }

    public PlanMatch Build(Language language, bool open) => new()
    {
        Id = _plan.Id,
        Name = _plan.Name.In(language),
        Vendor = _plan.Vendor,
        Integration = _plan.Integration,
        NeedsDevelopment = _plan.NeedsDevelopment,
        MatchedBy = open ? _openMatchedBy.ToArray() : _conditionalMatchedBy.ToArray(),
        Conditions = open ? System.Array.Empty<Message>() : ConditionsIn(language),
        Docs = _plan.Docs,
        Setup = _plan.Setup?.In(language),
        Routes = open ? _openRoutes.ToArray() : _conditionalRoutes.ToArray(),
    };

    private Message[] ConditionsIn(Language language)
    {
        var messages = new Message[Conditions.Count];
        for (var i = 0; i < messages.Length; i++) messages[i] = new Message(Conditions[i].Code, Conditions[i].Text.In(language));
        return messages;
    }

    private static void AddDistinct(List<string> list, IEnumerable<string> items)
    {
        foreach (var i in items) if (!list.Contains(i)) list.Add(i);
    }
}
