using System.Collections.Generic;
using System.Linq;
using LiveAccess.Core.Domain;
using LiveAccess.Core.Reports;
using LiveAccess.Core.Text;

namespace LiveAccess.Core.Matrix;

/// <summary>
/// The matrix as plain data (ordered maps, lists, strings, booleans) for the JSON and YAML
/// writers, so both formats carry the same fields in the same order. Names and condition texts
/// come in both languages (<c>en</c>, <c>zh-CN</c>).
/// </summary>
internal static class MatrixTree
{
    public static Map Build(CategoryMatrix m)
    {
        var root = new Map
        {
            { "tool", ProductInfo.Name + " " + ProductInfo.Version },
            { "ruleSetVersion", m.RuleSetVersion },
            { "title", Text(m.Title) },
            { "origin", m.Origin },
            { "vendors", m.Vendors.Select(v => (object?)new Map
                {
                    { "name", v.Name }, { "displayName", Text(v.DisplayName) }, { "plans", v.Plans.Select(p => (object?)p.Id).ToList() },
                }).ToList() },
            { "plans", m.Plans.Select(p => (object?)new Map
                {
                    { "id", p.Id }, { "vendor", p.Vendor }, { "name", Text(p.Name) }, { "integration", p.Integration },
                    { "needsDevelopment", p.NeedsDevelopment }, { "docs", p.Docs },
                }).ToList() },
            { "categories", m.Categories.Select(r => (object?)Category(m, r)).ToList() },
            { "scenarios", m.Scenarios.Select(r => (object?)Scenario(m, r)).ToList() },
            { "sources", m.Sources.Select(s => (object?)new Map
                {
                    { "id", s.Id }, { "title", Text(s.Title) }, { "url", s.Url }, { "file", s.File }, { "date", s.DisplayDate },
                }).ToList() },
        };
        return root;
    }

    private static Map Category(CategoryMatrix m, CategoryRow r)
    {
        var plans = new Map();
        foreach (var p in m.Plans)
        {
            var cell = r.Cell(p.Id);
            if (cell.Openings.Count == 0) continue;
            plans.Add(p.Id, cell.Openings.Select(o => (object?)new Map
            {
                { "scenario", o.ScenarioId }, { "conditions", Conditions(o.Conditions) }, { "routes", o.RouteIds.Select(x => (object?)x).ToList() },
            }).ToList());
        }
        return new Map
        {
            { "id", r.Category.Id },
            { "name", new Map { { "en", r.Category.EnglishName }, { "zh-CN", r.Category.ChineseName } } },
            { "primary", Text(r.Category.Primary) },
            { "secondary", Text(r.Category.Secondary) },
            { "plans", plans },
        };
    }

    private static Map Scenario(CategoryMatrix m, ScenarioRow r)
    {
        var plans = new Map();
        foreach (var p in m.Plans)
        {
            var cell = r.Cell(p.Id);
            if (cell.Openers.Count == 0) continue;
            plans.Add(p.Id, cell.Openers.Select(o => (object?)new Map
            {
                { "route", o.RouteId },
                { "always", o.Always },
                { "entities", o.Entities.Select(e => (object?)e.Id()).ToList() },
                { "categories", o.Categories.Select(c => (object?)c.Id).ToList() },
                { "conditions", Conditions(o.Conditions) },
                { "includedFrom", o.IncludedFrom },
            }).ToList());
        }
        return new Map { { "id", r.Id }, { "name", Text(r.Name) }, { "section", r.Section }, { "plans", plans } };
    }

    private static List<object?> Conditions(IReadOnlyList<MatrixCondition> conditions) =>
        conditions.Select(c => (object?)new Map { { "code", c.Code }, { "message", Text(c.Text) } }).ToList();

    private static Map Text(LocalizedText t) => new() { { "en", t.En }, { "zh-CN", t.Zh } };

    /// <summary>An ordered map: keys keep the order they were added in.</summary>
    internal sealed class Map : List<KeyValuePair<string, object?>>
    {
        public void Add(string key, object? value) => Add(new KeyValuePair<string, object?>(key, value));
    }
}
