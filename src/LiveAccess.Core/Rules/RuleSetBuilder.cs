using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using LiveAccess.Core.Categories;
using LiveAccess.Core.Domain;
using LiveAccess.Core.Text;
using YamlDotNet.Core;

namespace LiveAccess.Core.Rules;

/// <summary>Merges a rule file onto its base (for <c>mode: extend</c>), checks every reference and compiles the rule set.</summary>
internal sealed class RuleSetBuilder
{
    private static readonly Regex IdPattern = new("^[a-z0-9][a-z0-9.-]*$", RegexOptions.CultureInvariant);

    private readonly List<RuleFileError> _errors;
    private readonly Language _language;
    private string _file = "";

    private RuleSetBuilder(List<RuleFileError> errors, Language language)
    {
        _errors = errors;
        _language = language;
    }

    public static RuleSet? Build(RuleFileDefinition def, RuleFileDefinition? baseDef, List<RuleFileError> errors, Language language = Language.English) =>
        new RuleSetBuilder(errors, language).Run(def, baseDef);

    private RuleSet? Run(RuleFileDefinition def, RuleFileDefinition? baseDef)
    {
        _file = def.File;
        var extend = def.Mode == "extend";
        if (extend && baseDef is null) Error(def.ModeMark, Say("rules.extend-needs-base"));
        var b = extend ? baseDef : null;

        var sources = Merge(b?.Sources, def.Sources, s => s.Id, "source");
        var plans = Merge(b?.Plans, def.Plans, p => p.Id, "plan");
        var primaries = MergePrimaries(b?.Categories, def.Categories);
        var scenarios = Merge(b?.Scenarios, def.Scenarios, s => s.Id, "scenario");
        var baseRoutes = b?.Routes.ToList() ?? new List<RouteDefinition>();
        foreach (var removed in def.RemoveRoutes)
        {
            if (!extend) { Error(removed.Mark, Say("rules.remove-routes.needs-extend")); continue; }
            if (baseRoutes.RemoveAll(r => r.Id.Value == removed.Value) == 0)
                Error(removed.Mark, Say("rules.remove-routes.unknown", removed.Value, Hint(removed.Value, baseRoutes.Select(r => r.Id.Value))));
        }
        var routes = Merge(baseRoutes, def.Routes, r => r.Id, "route");

        var version = def.Version ?? (extend ? null : "");
        if (version is null) version = (b?.Version ?? "default") + "+local";
        else if (version.Length == 0) { Error(Mark.Empty, Say("rules.version.missing")); }
        else if (extend) version = b!.Version + "+" + version;

        if (plans.Count == 0) Error(Mark.Empty, Say("rules.no-plans"));
        if (scenarios.Count == 0) Error(Mark.Empty, Say("rules.no-scenarios"));

        var sourceIds = new HashSet<string>(sources.Select(s => s.Id.Value), StringComparer.Ordinal);
        var planIds = new HashSet<string>(plans.Select(p => p.Id.Value), StringComparer.Ordinal);
        var scenarioIds = new HashSet<string>(scenarios.Select(s => s.Id.Value), StringComparer.Ordinal);
        foreach (var id in sources.Select(s => s.Id).Concat(plans.Select(p => p.Id)).Concat(scenarios.Select(s => s.Id)).Concat(routes.Select(r => r.Id)))
            if (id.Value.Length > 0 && !IdPattern.IsMatch(id.Value))
                Error(id.Mark, Say("rules.id.invalid", id.Value));

        var catalogue = BuildCatalogue(primaries);
        var builtSources = sources.Select(s => new RuleSource
        {
            Id = s.Id.Value, Title = s.Title, Url = s.Url, File = s.File, Date = s.Date, Retrieved = s.Retrieved,
        }).ToList();
        var builtPlans = plans.Select(p => new Plan
        {
            Id = p.Id.Value, Vendor = p.Vendor, Integration = p.Integration.Value, NeedsDevelopment = p.NeedsDevelopment,
            Name = p.Name, Docs = p.Docs, Setup = p.Setup,
        }).ToList();

        CheckAliases(scenarios);
        var builtScenarios = scenarios.Select(s => BuildScenario(s, scenarioIds, sourceIds, catalogue)).ToList();
        CheckIncludeCycles(builtScenarios, scenarios);
        var builtRoutes = routes.Select(r => BuildRoute(r, scenarioIds, planIds, sourceIds, catalogue)).ToList();
        CheckContradictions(builtRoutes, routes);

        if (_errors.Count > 0) return null;
        return new RuleSet(version, def.Title ?? b?.Title ?? new LocalizedText(version, version), def.File,
            builtSources, builtPlans, catalogue, builtScenarios, builtRoutes);
    }

    private List<T> Merge<T>(IEnumerable<T>? baseItems, IEnumerable<T> items, Func<T, Located> id, string kind)
    {
        var result = new List<T>();
        var seen = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var item in baseItems ?? Enumerable.Empty<T>()) { result.Add(item); seen[id(item).Value] = true; }
        foreach (var item in items)
        {
            var key = id(item);
            if (key.Value.Length == 0) continue;
            if (seen.TryGetValue(key.Value, out var fromBase))
            {
                var noun = Say("rules.noun." + kind);
                Error(key.Mark, fromBase
                    ? Say(kind == "route" ? "rules.duplicate-id.in-default-route" : "rules.duplicate-id.in-default", noun, key.Value)
                    : Say("rules.duplicate-id", noun, key.Value));
                continue;
            }
            seen[key.Value] = false;
            result.Add(item);
        }
        return result;
    }

    private List<PrimaryDefinition> MergePrimaries(IEnumerable<PrimaryDefinition>? baseItems, IEnumerable<PrimaryDefinition> items)
    {
        var result = (baseItems ?? Enumerable.Empty<PrimaryDefinition>())
            .Select(p => new PrimaryDefinition { Id = p.Id, Zh = p.Zh, En = p.En, Aliases = p.Aliases.ToList(), Secondaries = p.Secondaries.ToList() })
            .ToList();
        var fromFile = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in items)
        {
            if (!fromFile.Add(p.Id.Value)) { Error(p.Id.Mark, Say("rules.duplicate-primary", p.Id.Value)); continue; }
            var existing = result.FirstOrDefault(x => x.Id.Value == p.Id.Value);
            if (existing is null)
            {
                if (p.Zh.Length == 0) Error(p.Id.Mark, Say("rules.primary.needs-chinese", p.Id.Value));
                result.Add(p);
                continue;
            }
            // Extending a known primary: new secondaries and aliases only.
            existing.Aliases.AddRange(p.Aliases);
            foreach (var s in p.Secondaries)
            {
                if (existing.Secondaries.Any(x => x.Id.Value == s.Id.Value))
                    Error(s.Id.Mark, Say("rules.category.already-defined", p.Id.Value, s.Id.Value));
                else existing.Secondaries.Add(s);
            }
        }
        return result;
    }

    private CategoryCatalogue BuildCatalogue(List<PrimaryDefinition> primaries)
    {
        var list = new List<Category>();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in primaries)
        {
            if (p.Id.Value.Length > 0 && !IdPattern.IsMatch(p.Id.Value)) Error(p.Id.Mark, Say("rules.category.id-invalid", p.Id.Value));
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var s in p.Secondaries)
            {
                if (!ids.Add(s.Id.Value)) { Error(s.Id.Mark, Say("rules.duplicate-secondary", p.Id.Value, s.Id.Value)); continue; }
                if (s.Id.Value.Length > 0 && !IdPattern.IsMatch(s.Id.Value)) Error(s.Id.Mark, Say("rules.category.id-invalid", s.Id.Value));
                var pairKey = TextNormalizer.Key(p.Zh + "/" + s.Zh);
                var id = p.Id.Value + "/" + s.Id.Value;
                if (names.TryGetValue(pairKey, out var other)) Error(s.Id.Mark, Say("rules.category.defined-twice", p.Zh, s.Zh, other, id));
                names[pairKey] = id;
                if (list.Count >= CategorySet.Capacity) { Error(s.Id.Mark, Say("rules.category.too-many", CategorySet.Capacity)); break; }
                list.Add(new Category
                {
                    Index = list.Count, Id = id, PrimaryId = p.Id.Value,
                    Primary = new LocalizedText(p.En, p.Zh), Secondary = new LocalizedText(s.En, s.Zh),
                    PrimaryAliases = p.Aliases.ToList(), SecondaryAliases = s.Aliases.ToList(),
                });
            }
        }
        return new CategoryCatalogue(list);
    }

    private Scenario BuildScenario(ScenarioDefinition s, HashSet<string> scenarioIds, HashSet<string> sourceIds, CategoryCatalogue catalogue)
    {
        foreach (var inc in s.Includes)
            if (!scenarioIds.Contains(inc.Value)) Error(inc.Mark, Say("rules.scenario.unknown-include", s.Id.Value, inc.Value, Hint(inc.Value, scenarioIds)));
            else if (inc.Value == s.Id.Value) Error(inc.Mark, Say("rules.scenario.includes-itself", s.Id.Value));
        ScenarioRequirement? requirement = null;
        if (s.Requires is { } req)
            requirement = new ScenarioRequirement(ResolveCategories(s.RequiresCategories!, catalogue), Message(req, sourceIds));
        return new Scenario
        {
            Id = s.Id.Value, Name = s.Name, Aliases = s.Aliases.Select(a => a.Value).ToList(),
            Source = Ref(s.Source, sourceIds) ?? new SourceRef("", null),
            Includes = s.Includes.Select(i => i.Value).ToList(),
            Requirement = requirement,
            Notes = s.Notes.Select(n => Message(n, sourceIds)).ToList(),
        };
    }

    private Route BuildRoute(RouteDefinition r, HashSet<string> scenarioIds, HashSet<string> planIds, HashSet<string> sourceIds, CategoryCatalogue catalogue)
    {
        if (r.Scenario.Value.Length > 0 && !scenarioIds.Contains(r.Scenario.Value))
            Error(r.Scenario.Mark, Say("rules.route.unknown-scenario", r.Id.Value, r.Scenario.Value, Hint(r.Scenario.Value, scenarioIds)));
        var seenPlans = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in r.Plans)
        {
            if (!planIds.Contains(p.Value)) Error(p.Mark, Say("rules.route.unknown-plan", r.Id.Value, p.Value, Hint(p.Value, planIds)));
            if (!seenPlans.Add(p.Value)) Error(p.Mark, Say("rules.route.plan-twice", r.Id.Value, p.Value));
        }
        var entities = new List<EntityType>();
        foreach (var e in r.Entities)
        {
            if (!EntityTypes.TryParse(e.Value, out var t))
                Error(e.Mark, Say("rules.route.unknown-entity", r.Id.Value, e.Value, string.Join(", ", EntityTypes.Ids)));
            else if (t == EntityType.Individual)
                Error(e.Mark, Say("rules.route.individual", r.Id.Value));
            else if (!entities.Contains(t)) entities.Add(t);
        }
        return new Route
        {
            Id = r.Id.Value, Scenario = r.Scenario.Value, Always = r.Always, Entities = entities.ToArray(),
            Categories = r.AnyCategory.Count > 0 ? ResolveCategories(r.AnyCategory, catalogue) : null,
            Plans = r.Plans.Select(p => p.Value).ToList(),
            Source = Ref(r.Source, sourceIds) ?? new SourceRef("", null),
            AlsoFrom = r.AlsoFrom.Select(a => Ref(a, sourceIds)).Where(a => a is not null).Select(a => a!).ToList(),
            Condition = r.Condition is null ? null : Message(r.Condition, sourceIds),
        };
    }

    private CategoryMatch ResolveCategories(List<Located> patterns, CategoryCatalogue catalogue)
    {
        var set = CategorySet.Empty;
        foreach (var p in patterns)
        {
            var text = TextNormalizer.Clean(p.Value);
            if (text.EndsWith("/*", StringComparison.Ordinal))
            {
                var primary = text.Substring(0, text.Length - 2);
                var id = catalogue.All.FirstOrDefault(c => string.Equals(c.PrimaryId, primary, StringComparison.OrdinalIgnoreCase)
                    || TextNormalizer.Key(c.Primary.Zh) == TextNormalizer.Key(primary)
                    || c.PrimaryAliases.Any(a => TextNormalizer.Key(a) == TextNormalizer.Key(primary)))?.PrimaryId;
                if (id is null) Error(p.Mark, Say("rules.unknown-primary", primary, p.Value, Hint(primary, catalogue.All.Select(c => c.PrimaryId).Distinct())));
                else set |= catalogue.UnderPrimary(id);
                continue;
            }
            var hit = catalogue.Lookup(text);
            if (hit.Category is null || hit.FromSecondaryOnly)
                Error(p.Mark, Say("rules.unknown-category", p.Value, Hint(p.Value, catalogue.All.Select(c => c.Id))));
            else set = set.With(hit.Category.Index);
        }
        return new CategoryMatch(set, patterns.Select(p => p.Value).ToList());
    }

    private RuleMessage Message(MessageDefinition m, HashSet<string> sourceIds) =>
        new(m.Code, m.Text, m.Source is null ? null : Ref(m.Source, sourceIds));

    private SourceRef? Ref(SourceRefDefinition? r, HashSet<string> sourceIds)
    {
        if (r is null) return null;
        if (r.Ref.Value.Length > 0 && !sourceIds.Contains(r.Ref.Value))
            Error(r.Ref.Mark, Say("rules.unknown-source", r.Ref.Value, Hint(r.Ref.Value, sourceIds)));
        return new SourceRef(r.Ref.Value, r.Section);
    }

    private void CheckAliases(List<ScenarioDefinition> scenarios)
    {
        var owner = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var s in scenarios) owner[TextNormalizer.Key(s.Id.Value)] = s.Id.Value;
        foreach (var s in scenarios)
            foreach (var a in s.Aliases)
            {
                var key = TextNormalizer.Key(a.Value);
                if (owner.TryGetValue(key, out var other) && other != s.Id.Value)
                    Error(a.Mark, Say("rules.alias.taken", a.Value, s.Id.Value, other));
                else owner[key] = s.Id.Value;
            }
    }

    private void CheckIncludeCycles(List<Scenario> scenarios, List<ScenarioDefinition> defs)
    {
        var byId = scenarios.ToDictionary(s => s.Id, StringComparer.Ordinal);
        foreach (var s in scenarios)
        {
            var stack = new Stack<string>(s.Includes);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (stack.Count > 0)
            {
                var next = stack.Pop();
                if (next == s.Id)
                {
                    Error(defs.First(d => d.Id.Value == s.Id).Id.Mark, Say("rules.scenario.include-cycle", s.Id));
                    break;
                }
                if (!seen.Add(next) || !byId.TryGetValue(next, out var inc)) continue;
                foreach (var i in inc.Includes) stack.Push(i);
            }
        }
    }

    private void CheckContradictions(List<Route> routes, List<RouteDefinition> defs)
    {
        for (var i = 0; i < routes.Count; i++)
            for (var j = 0; j < i; j++)
            {
                var a = routes[j];
                var b = routes[i];
                if (a.Scenario != b.Scenario || a.Always != b.Always
                    || !a.Entities.OrderBy(x => x).SequenceEqual(b.Entities.OrderBy(x => x))
                    || (a.Categories?.Set ?? CategorySet.Empty) != (b.Categories?.Set ?? CategorySet.Empty))
                    continue;
                var shared = a.Plans.Intersect(b.Plans, StringComparer.Ordinal).ToList();
                if (shared.Count == 0) continue;
                if ((a.Condition?.Code) != (b.Condition?.Code))
                    Error(defs[i].Id.Mark, Say("rules.route.contradiction", b.Id, a.Id, string.Join(", ", shared)));
                else
                    Error(defs[i].Id.Mark, Say("rules.route.repeats", b.Id, a.Id, string.Join(", ", shared)));
            }
    }

    private string Hint(string value, IEnumerable<string> candidates)
    {
        var near = Nearest.Find(value, candidates);
        return near is null ? Say("rules.hint.none") : Say("rules.hint.near", near);
    }

    private string Say(string key, params object?[] args) => Messages.Format(_language, key, args);

    private void Error(Mark mark, string message) => _errors.Add(YamlGuard.At(_file, mark, message));
}
