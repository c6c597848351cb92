using System;
using System.Collections.Generic;
using System.Linq;
using LiveAccess.Core.Categories;
using LiveAccess.Core.Domain;
using LiveAccess.Core.Rules;
using LiveAccess.Core.Text;

namespace LiveAccess.Core.Matrix;

/// <summary>Reads a rule set's routes into the two tables of a <see cref="CategoryMatrix"/>.</summary>
internal static class CategoryMatrixBuilder
{
    public static CategoryMatrix Build(RuleSet rules)
    {
        var vendors = rules.Plans
            .GroupBy(p => p.Vendor, StringComparer.Ordinal)
            .Select(g => new MatrixVendor(g.Key, VendorName(g.Key), g.Select(ToPlan).ToList()))
            .ToList();
        var plans = vendors.SelectMany(v => v.Plans).ToList();

        var byCategory = new Dictionary<int, Dictionary<string, Dictionary<string, OpeningBuilder>>>();
        var scenarios = new List<ScenarioRow>();
        foreach (var scenario in rules.Scenarios)
        {
            var cells = new Dictionary<string, List<ScenarioOpener>>(StringComparer.Ordinal);
            foreach (var route in rules.RoutesOf(scenario))
            {
                var opener = Opener(rules, scenario, route);
                foreach (var planId in route.Plans)
                {
                    if (!cells.TryGetValue(planId, out var list)) cells[planId] = list = new List<ScenarioOpener>();
                    list.Add(opener);
                }
                if (route.Categories is not { } match) continue;
                foreach (var category in rules.Categories.Members(match.Set))
                {
                    var conditions = CategoryConditions(scenario, route, category);
                    foreach (var planId in route.Plans)
                    {
                        if (!byCategory.TryGetValue(category.Index, out var perPlan)) byCategory[category.Index] = perPlan = new(StringComparer.Ordinal);
                        if (!perPlan.TryGetValue(planId, out var perScenario)) perPlan[planId] = perScenario = new(StringComparer.Ordinal);
                        if (!perScenario.TryGetValue(scenario.Id, out var opening)) perScenario[scenario.Id] = opening = new OpeningBuilder(scenario);
                        opening.Add(route.Id, conditions);
                    }
                }
            }
            scenarios.Add(new ScenarioRow(scenario.Id, scenario.Name, scenario.Source.Section,
                cells.ToDictionary(c => c.Key, c => new ScenarioCell(c.Value), StringComparer.Ordinal)));
        }

        var categories = rules.Categories.All.Select(c => new CategoryRow(c,
            byCategory.TryGetValue(c.Index, out var perPlan)
                ? perPlan.ToDictionary(p => p.Key, p => new CategoryCell(p.Value.Values.Select(o => o.Build()).ToList()), StringComparer.Ordinal)
                : new Dictionary<string, CategoryCell>(StringComparer.Ordinal))).ToList();
        return new CategoryMatrix(rules, vendors, plans, categories, scenarios);
    }

    private static MatrixPlan ToPlan(Plan p) => new(p.Id, p.Vendor, p.Name, p.Integration, p.NeedsDevelopment, p.Docs);

    /// <summary>The vendor's name in both languages, from the catalogue when it knows the vendor.</summary>
    public static LocalizedText VendorName(string vendor)
    {
        var key = "matrix.vendor." + Slug(vendor);
        return Messages.All.TryGetValue(key, out var text) ? text : new LocalizedText(vendor, vendor);
    }

    private static string Slug(string text) =>
        new string(text.Trim().ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray());

    private static ScenarioOpener Opener(RuleSet rules, Scenario scenario, Route route)
    {
        var conditions = new List<MatrixCondition>();
        if (route.Condition is { } c) conditions.Add(new MatrixCondition(c.Code, c.Text));
        if (scenario.Requirement is { } req) conditions.Add(new MatrixCondition(req.Message.Code, req.Message.Text));
        return new ScenarioOpener
        {
            RouteId = route.Id,
            Always = route.Always,
            Entities = route.Entities,
            Categories = route.Categories is { } m ? rules.Categories.Members(m.Set).ToList() : Array.Empty<Category>(),
            Conditions = conditions,
            IncludedFrom = route.Scenario == scenario.Id ? null : route.Scenario,
        };
    }

    private static List<MatrixCondition> CategoryConditions(Scenario scenario, Route route, Category category)
    {
        var conditions = new List<MatrixCondition>();
        if (route.Entities.Count > 0)
        {
            var en = string.Join("/", route.Entities.Select(e => e.Id()));
            var zh = string.Join("/", route.Entities.Select(EntityTypes.ChineseName));
            conditions.Add(new MatrixCondition("entity-only", new LocalizedText(
                Messages.Format(Language.English, "matrix.condition.entity-only", en),
                Messages.Format(Language.Chinese, "matrix.condition.entity-only", zh))));
        }
        if (route.Condition is { } c) conditions.Add(new MatrixCondition(c.Code, c.Text));
        if (scenario.Requirement is { } req && !req.Categories.Set.Contains(category.Index))
            conditions.Add(new MatrixCondition(req.Message.Code, req.Message.Text));
        return conditions;
    }

    /// <summary>One scenario's openings of a plan by a category, merged over the routes that give it.</summary>
    private sealed class OpeningBuilder
    {
        private readonly Scenario _scenario;
        private readonly List<string> _routes = new();
        private List<MatrixCondition>? _conditions;

        public OpeningBuilder(Scenario scenario) => _scenario = scenario;

        public void Add(string routeId, List<MatrixCondition> conditions)
        {
            _routes.Add(routeId);
            // An unconditional route wins; otherwise the conditions of every route are listed.
            if (_conditions is null) _conditions = conditions;
            else if (conditions.Count == 0 || _conditions.Count == 0) _conditions = new List<MatrixCondition>();
            else foreach (var c in conditions) if (!_conditions.Any(x => x.Code == c.Code)) _conditions.Add(c);
        }

        public CategoryOpening Build() => new(_scenario.Id, _scenario.Name, _conditions ?? new List<MatrixCondition>(), _routes);
    }
}
