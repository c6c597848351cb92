using System;
using System.Collections.Generic;
using LiveAccess.Core.Categories;
using LiveAccess.Core.Domain;
using LiveAccess.Core.Text;

namespace LiveAccess.Core.Rules;

/// <summary>A complete, validated rule set: immutable once loaded.</summary>
public sealed class RuleSet
{
    // String tables, not Dictionary<string, Plan>...: fewer generic types to load at start-up (see StringTable).
    private readonly StringTable<Plan> _plans;
    private readonly StringTable<RuleSource> _sources;
    private readonly StringTable<Scenario> _scenarios;

    internal RuleSet(string version, LocalizedText title, string origin,
        IReadOnlyList<RuleSource> sources, IReadOnlyList<Plan> plans, CategoryCatalogue categories,
        IReadOnlyList<Scenario> scenarios, IReadOnlyList<Route> routes)
    {
        Version = version;
        Title = title;
        Origin = origin;
        Sources = sources;
        Plans = plans;
        Categories = categories;
        Scenarios = scenarios;
        Routes = routes;
        // Plain loops, not LINQ: a single answer builds this at start-up (see bench/README.md).
        _plans = new StringTable<Plan>(StringComparer.Ordinal, plans.Count);
        foreach (var p in plans) _plans.Add(p.Id, p);
        _sources = new StringTable<RuleSource>(StringComparer.Ordinal, sources.Count);
        foreach (var s in sources) _sources.Add(s.Id, s);
        _scenarios = new StringTable<Scenario>(StringComparer.Ordinal, scenarios.Count);
        foreach (var s in scenarios) _scenarios.Add(s.Id, s);
    }

    /// <summary>Version of the rule set (shown on every decision).</summary>
    public string Version { get; }
    /// <summary>Title.</summary>
    public LocalizedText Title { get; }
    /// <summary><c>default</c> or the path of the user's rule file.</summary>
    public string Origin { get; }
    /// <summary>Sources.</summary>
    public IReadOnlyList<RuleSource> Sources { get; }
    /// <summary>Plans.</summary>
    public IReadOnlyList<Plan> Plans { get; }
    /// <summary>Category catalogue.</summary>
    public CategoryCatalogue Categories { get; }
    /// <summary>Scenarios, in the order they are answered.</summary>
    public IReadOnlyList<Scenario> Scenarios { get; }
    /// <summary>Routes.</summary>
    public IReadOnlyList<Route> Routes { get; }

    /// <summary>The plan with an id.</summary>
    public Plan Plan(string id) => _plans[id]!;
    /// <summary>The source with an id.</summary>
    public RuleSource Source(string id) => _sources[id]!;
    /// <summary>The scenario with an id, or null.</summary>
    public Scenario? FindScenario(string id) => _scenarios.TryGetValue(id, out var s) ? s : null;

    /// <summary>Routes of a scenario, its included scenarios' routes first in their order.</summary>
    public IEnumerable<Route> RoutesOf(Scenario scenario) => RouteArrayOf(scenario);

    /// <summary>As <see cref="RoutesOf"/>, in an array (built with plain loops: the evaluator asks at start-up).</summary>
    internal Route[] RouteArrayOf(Scenario scenario)
    {
        if (scenario is null) throw new ArgumentNullException(nameof(scenario));
        var routes = new Route[CountRoutes(scenario)];
        var n = 0;
        foreach (var included in scenario.Includes)
            foreach (var r in Routes)
                if (r.Scenario == included) routes[n++] = r;
        foreach (var r in Routes)
            if (r.Scenario == scenario.Id) routes[n++] = r;
        return routes;
    }

    private int CountRoutes(Scenario scenario)
    {
        var count = 0;
        foreach (var included in scenario.Includes)
            foreach (var r in Routes)
                if (r.Scenario == included) count++;
        foreach (var r in Routes)
            if (r.Scenario == scenario.Id) count++;
        return count;
    }

    /// <summary>Provenance of a source reference.</summary>
    public Provenance Provenance(SourceRef reference, Language language)
    {
        if (reference is null) throw new ArgumentNullException(nameof(reference));
        var s = Source(reference.SourceId);
        return new Provenance(s.Id, s.Title.In(language), reference.Section, s.DisplayDate, s.Url ?? s.File);
    }
}
