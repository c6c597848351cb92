using System;
using System.Collections.Generic;
using LiveAccess.Core.Categories;
using LiveAccess.Core.Domain;
using LiveAccess.Core.Rules;
using LiveAccess.Core.Text;

namespace LiveAccess.Core.Evaluation;

/// <summary>
/// The decision: a pure function from a mini program to one decision per scenario, compiled once
/// per rule set and language. Verdicts depend only on entity type, category set and scenario, so
/// they are computed once and shared; evaluation is thread-safe.
/// </summary>
public sealed class Evaluator
{
    private const int MaxCachedVerdicts = 100_000;
    private readonly CompiledScenario[] _scenarios;
    private readonly StringTable<CompiledScenario> _scenarioById = new(StringComparer.Ordinal);
    private readonly VerdictCache _cache = new(MaxCachedVerdicts);

    /// <summary>Compiles an evaluator for a rule set, answering in a language.</summary>
    public Evaluator(RuleSet rules, Language language)
    {
        Rules = rules ?? throw new ArgumentNullException(nameof(rules));
        Language = language;
        _scenarios = new CompiledScenario[rules.Scenarios.Count];
        for (var i = 0; i < _scenarios.Length; i++)
        {
            var scenario = rules.Scenarios[i];
            _scenarios[i] = new CompiledScenario(scenario, rules.RouteArrayOf(scenario), i);
            _scenarioById[scenario.Id] = _scenarios[i];
        }
    }

    /// <summary>The rule set.</summary>
    public RuleSet Rules { get; }
    /// <summary>The language of every text.</summary>
    public Language Language { get; }

    /// <summary>One decision for the program's scenario, or one per scenario when it names none.</summary>
    public IReadOnlyList<Decision> Evaluate(MiniProgram program)
    {
        if (program is null) throw new ArgumentNullException(nameof(program));
        if (program.Scenario is { } id)
            return new[] { new Decision(program, Verdict(program.EntityType, program.Categories, ScenarioIndex(id)), Rules.Version) };
        var all = new Decision[_scenarios.Length];
        for (var i = 0; i < all.Length; i++)
            all[i] = new Decision(program, Verdict(program.EntityType, program.Categories, i), Rules.Version);
        return all;
    }

    /// <summary>The verdict for an entity type and category set in a scenario.</summary>
    public Verdict Verdict(EntityType entity, CategorySet categories, string scenario) =>
        Verdict(entity, categories, ScenarioIndex(scenario));

    /// <summary>How many scenarios the rule set has (a program without one is decided for each, in this order).</summary>
    internal int ScenarioCount => _scenarios.Length;

    /// <summary>The verdict in the scenario at <paramref name="scenario"/> (0-based, rule-set order), as <see cref="Evaluate"/> gives it.</summary>
    internal Verdict VerdictAt(EntityType entity, CategorySet categories, int scenario) => Verdict(entity, categories, scenario);

    /// <summary>The 0-based index of a scenario id.</summary>
    internal int ScenarioIndex(string scenario) =>
        _scenarioById.TryGetValue(scenario, out var s) ? s!.Index : throw new ArgumentException($"Unknown scenario '{scenario}'.", nameof(scenario));

    // A verdict depends on the categories its scenario's routes and requirement name, and on no
    // other (an individual's on none): it is worked out once for that part of the set and shared.
    // Only "no route" names every category the program has, so an ineligible verdict is worked
    // out for the whole set (when that differs). Bounded: see VerdictCache.
    private Verdict Verdict(EntityType entity, CategorySet categories, int scenario)
    {
        var cs = _scenarios[scenario];
        var relevant = entity == EntityType.Individual ? CategorySet.Empty : categories & cs.Relevant;
        var shared = Cached(entity, relevant, cs);
        if (shared.Outcome != Outcome.Ineligible || relevant == categories || entity == EntityType.Individual) return shared;
        return _cache.Find(entity, categories, cs.Index) ?? _cache.Add(entity, categories, cs.Index, ForWholeSet(shared, entity, categories, cs));
    }

    // No route opened for the relevant part, so none opens for the whole set, and the remediations,
    // warnings and sources are the same (they depend on which routes match): only the reason, which
    // names every category the program has, is the whole set's own. Thousands of distinct sets
    // then share all but one message.
    private Verdict ForWholeSet(Verdict relevant, EntityType entity, CategorySet categories, CompiledScenario cs)
    {
        var reasons = new List<Message>(relevant.Reasons.Count);
        foreach (var reason in relevant.Reasons)
            reasons.Add(string.Equals(reason.Code, NoRouteCode, StringComparison.Ordinal) ? NoRoute(cs, entity, categories) : reason);
        return relevant with { Reasons = reasons };
    }

    private const string NoRouteCode = "no-route";

    private Message NoRoute(CompiledScenario cs, EntityType entity, CategorySet categories) =>
        new(NoRouteCode, Messages.Format(Language, "reason.no-route", cs.Scenario.Id, entity.Id(), CategoryList(categories)));

    private Verdict Cached(EntityType entity, CategorySet categories, CompiledScenario cs) =>
        _cache.Find(entity, categories, cs.Index) ?? _cache.Add(entity, categories, cs.Index, Decide(entity, categories, cs));

    /// <summary>The verdict worked out from scratch, bypassing every cache (tests compare it with <see cref="Verdict(EntityType, CategorySet, string)"/>).</summary>
    internal Verdict Uncached(EntityType entity, CategorySet categories, string scenario) =>
        Decide(entity, categories, _scenarios[ScenarioIndex(scenario)]);

    private Verdict Decide(EntityType entity, CategorySet categories, CompiledScenario cs)
    {
        var scenario = cs.Scenario;
        var provenance = new List<Provenance> { Rules.Provenance(scenario.Source, Language) };
        if (entity == EntityType.Individual) return Individual(cs, provenance);

        var requirementMet = scenario.Requirement is null || categories.Overlaps(scenario.Requirement.Categories.Set);
        // A handful of plans at most, in the order routes open them: a list searched by id.
        var plans = new List<PlanBuilder>();
        var reasons = new List<Message>();
        var remediations = new List<Message>();
        var usedCategories = false;

        foreach (var route in cs.Routes)
        {
            if (!Matches(route, entity, categories)) continue;
            var conditions = new List<RuleMessage>();
            if (route.Condition is { } c) conditions.Add(c);
            if (!requirementMet) conditions.Add(scenario.Requirement!.Message);
            usedCategories |= route.Categories is not null;
            var matchedBy = MatchedBy(route, entity, categories);
            foreach (var planId in route.Plans)
            {
                var pb = Find(plans, planId);
                if (pb is null) plans.Add(pb = new PlanBuilder(Rules.Plan(planId)));
                pb.Add(route, matchedBy, conditions);
            }
            if (conditions.Count == 0)
                reasons.Add(new Message("route-matched", $"{string.Join(", ", matchedBy)} → {string.Join(", ", route.Plans)} ({Rules.Provenance(route.Source, Language)})"));
            AddProvenance(provenance, route.Source);
            foreach (var also in route.AlsoFrom) AddProvenance(provenance, also);
            foreach (var cond in conditions)
                if (cond.Source is not null) AddProvenance(provenance, cond.Source);
        }

        // Loops rather than LINQ here and below: a single answer decides once, and LINQ's generic
        // iterators cost its start-up more than the decision itself (see bench/README.md).
        var open = new List<PlanBuilder>(plans.Count);
        foreach (var pb in plans)
            if (pb.IsOpen) open.Add(pb);
        var outcome = open.Count > 0 ? Outcome.Eligible : plans.Count > 0 ? Outcome.Conditional : Outcome.Ineligible;
        var shown = outcome == Outcome.Eligible ? open : plans;

        if (outcome == Outcome.Conditional)
        {
            reasons.Clear();
            // Each condition code once, first come first kept.
            var codes = new List<string>();
            foreach (var pb in shown)
                foreach (var cond in pb.Conditions)
                {
                    if (codes.Contains(cond.Code)) continue;
                    codes.Add(cond.Code);
                    reasons.Add(new Message(cond.Code, cond.Text.In(Language)));
                    remediations.Add(new Message(cond.Code, cond.Text.In(Language)));
                }
        }
        if (outcome == Outcome.Ineligible)
        {
            reasons.Add(NoRoute(cs, entity, categories));
            foreach (var route in cs.Routes) AddProvenance(provenance, route.Source);
        }
        if (outcome != Outcome.Eligible) remediations.AddRange(Remediations(cs, entity, categories));

        var warnings = new List<Message>();
        if (usedCategories) warnings.Add(new Message("category-review", Messages.Get("warning.category-review").In(Language)));
        foreach (var n in scenario.Notes) warnings.Add(new Message(n.Code, n.Text.In(Language)));
        var built = new List<PlanMatch>(shown.Count);
        foreach (var pb in shown) built.Add(pb.Build(Language, outcome == Outcome.Eligible));

        return new Verdict
        {
            Scenario = scenario.Id,
            ScenarioName = scenario.Name.In(Language),
            Outcome = outcome,
            Plans = built,
            Reasons = reasons,
            Remediations = Distinct(remediations),
            Warnings = warnings,
            Provenance = provenance,
        };
    }

    private static PlanBuilder? Find(List<PlanBuilder> plans, string id)
    {
        foreach (var pb in plans)
            if (string.Equals(pb.Id, id, StringComparison.Ordinal)) return pb;
        return null;
    }

    private Verdict Individual(CompiledScenario cs, List<Provenance> provenance)
    {
        var remediations = new List<Message> { new("non-individual-entity", Messages.Get("remediation.non-individual-entity").In(Language)) };
        foreach (var saas in cs.Routes)
            if (saas.Always)
                foreach (var planId in saas.Plans)
                    remediations.Add(new Message("use-saas", Messages.Format(Language, "remediation.use-saas", planId)));
        return new Verdict
        {
            Scenario = cs.Scenario.Id,
            ScenarioName = cs.Scenario.Name.In(Language),
            Outcome = Outcome.Ineligible,
            Reasons = new[] { new Message("individual-entity", Messages.Get("reason.individual-entity").In(Language)) },
            Remediations = remediations,
            Provenance = provenance,
        };
    }

    private static bool Matches(Route route, EntityType entity, CategorySet categories)
    {
        if (route.Always) return true;
        var entities = EntitiesOf(route);
        if (entities.Length > 0 && !Names(entities, entity)) return false;
        if (route.Categories is { } c && !categories.Overlaps(c.Set)) return false;
        return true;
    }

    // A route's entity types as an array (what both loaders give): an enum array read through
    // IReadOnlyList<EntityType> would be compiled at start-up.
    private static EntityType[] EntitiesOf(Route route)
    {
        if (route.Entities is EntityType[] array) return array;
        var copy = new EntityType[route.Entities.Count];
        for (var i = 0; i < copy.Length; i++) copy[i] = route.Entities[i];
        return copy;
    }

    private static string JoinIds(EntityType[] entities)
    {
        var ids = new string[entities.Length];
        for (var i = 0; i < ids.Length; i++) ids[i] = entities[i].Id();
        return string.Join("/", ids);
    }

    private static bool Names(EntityType[] entities, EntityType entity)
    {
        for (var i = 0; i < entities.Length; i++)
            if (entities[i] == entity) return true;
        return false;
    }

    private List<string> MatchedBy(Route route, EntityType entity, CategorySet categories)
    {
        var list = new List<string>();
        if (route.Always) list.Add("no-category-required");
        if (EntitiesOf(route).Length > 0) list.Add("entity:" + entity.Id());
        if (route.Categories is { } c)
            foreach (var x in Rules.Categories.Members(categories & c.Set)) list.Add(x.ChineseName);
        return list;
    }

    private IEnumerable<Message> Remediations(CompiledScenario cs, EntityType entity, CategorySet categories)
    {
        // Group by what to add, so one line names every plan it unlocks.
        var byAction = new Dictionary<string, (string Code, List<string> Plans, Func<string, string> Text)>(StringComparer.Ordinal);
        foreach (var route in cs.Routes)
        {
            if (Matches(route, entity, categories) || route.Always) continue;
            string key;
            string code;
            Func<string, string> text;
            var entities = EntitiesOf(route);
            if (entities.Length > 0 && !Names(entities, entity))
            {
                var who = JoinIds(entities);
                key = "entity:" + who;
                code = "entity-required";
                text = plans => Messages.Format(Language, "remediation.entity", who, plans);
            }
            else if (route.Categories is { } c)
            {
                var (k, t) = DescribeCategories(c);
                key = k;
                code = "add-category";
                text = t;
            }
            else continue;
            if (!byAction.TryGetValue(key, out var entry)) byAction[key] = entry = (code, new List<string>(), text);
            foreach (var p in route.Plans) if (!entry.Plans.Contains(p)) entry.Plans.Add(p);
        }
        foreach (var entry in byAction.Values)
            yield return new Message(entry.Code, entry.Text(string.Join(", ", entry.Plans)));
    }

    private (string Key, Func<string, string> Text) DescribeCategories(CategoryMatch match)
    {
        var members = new List<Category>(Rules.Categories.Members(match.Set));
        var wholePrimary = new List<string>();
        foreach (var m in members)
            if (!wholePrimary.Contains(m.PrimaryId)) wholePrimary.Add(m.PrimaryId);
        if (wholePrimary.Count == 1 && Rules.Categories.UnderPrimary(wholePrimary[0]) == match.Set && members.Count > 1)
        {
            var primary = members[0].Primary.In(Language);
            var example = members[0].ChineseName;
            return ("primary:" + wholePrimary[0], plans => Messages.Format(Language, "remediation.add-any-category", primary, example, plans));
        }
        var displayNames = new string[members.Count];
        var ids = new string[members.Count];
        for (var i = 0; i < members.Count; i++)
        {
            displayNames[i] = members[i].DisplayName(Language);
            ids[i] = members[i].Id;
        }
        var names = string.Join(Language == Language.Chinese ? " 或 " : " or ", displayNames);
        return ("categories:" + string.Join(",", ids), plans => Messages.Format(Language, "remediation.add-category", names, plans));
    }

    private string CategoryList(CategorySet categories) =>
        categories.IsEmpty ? Messages.Get("categories.none").In(Language)
            : string.Join(", ", ChineseNames(categories));

    private List<string> ChineseNames(CategorySet categories)
    {
        var names = new List<string>(categories.Count);
        foreach (var c in Rules.Categories.Members(categories)) names.Add(c.ChineseName);
        return names;
    }

    private void AddProvenance(List<Provenance> list, SourceRef reference)
    {
        var p = Rules.Provenance(reference, Language);
        if (!list.Contains(p)) list.Add(p);
    }

    // Each text once, first come first kept.
    private static List<Message> Distinct(List<Message> messages)
    {
        var kept = new List<Message>(messages.Count);
        foreach (var m in messages)
        {
            var seen = false;
            foreach (var k in kept)
                if (string.Equals(k.Text, m.Text, StringComparison.Ordinal)) { seen = true; break; }
            if (!seen) kept.Add(m);
        }
        return kept;
    }

    private sealed record CompiledScenario(Scenario Scenario, Route[] Routes, int Index)
    {
        /// <summary>Every category a route or the requirement of the scenario names.</summary>
        public CategorySet Relevant { get; } = RelevantTo(Scenario, Routes);

        private static CategorySet RelevantTo(Scenario scenario, Route[] routes)
        {
            var set = scenario.Requirement?.Categories.Set ?? CategorySet.Empty;
            foreach (var route in routes)
                if (route.Categories is { } c) set |= c.Set;
            return set;
        }
    }
}
