using System;
using System.Collections.Generic;
using System.Linq;
using LiveAccess.Core.Categories;
using LiveAccess.Core.Rules;
using LiveAccess.Core.Text;

namespace LiveAccess.PowerShell.Engine;

/// <summary>Turns a rule set's catalogue (categories, scenarios, plans) into the discovery cmdlets' objects.</summary>
internal static class CatalogueMapper
{
    /// <summary>Every category, in catalogue order, with the scenarios and plans it opens.</summary>
    public static IEnumerable<LiveCategory> Categories(RuleSet rules)
    {
        if (rules is null) throw new ArgumentNullException(nameof(rules));
        foreach (var c in rules.Categories.All)
        {
            var opening = rules.Scenarios
                .Select(s => (Scenario: s, Routes: rules.RoutesOf(s).Where(r => r.Categories is { } m && m.Set.Contains(c.Index)).ToList()))
                .Where(x => x.Routes.Count > 0)
                .ToList();
            yield return new LiveCategory
            {
                Id = c.Id,
                Name = c.ChineseName,
                EnglishName = c.EnglishName,
                PrimaryId = c.PrimaryId,
                Primary = c.Primary.Zh,
                Secondary = c.Secondary.Zh,
                Aliases = c.PrimaryAliases.Concat(c.SecondaryAliases).Distinct(StringComparer.Ordinal).ToArray(),
                Scenarios = opening.Select(x => x.Scenario.Id).ToArray(),
                Plans = opening.SelectMany(x => x.Routes).SelectMany(r => r.Plans).Distinct(StringComparer.Ordinal).ToArray(),
            };
        }
    }

    /// <summary>Every scenario, in the order they are answered.</summary>
    public static IEnumerable<LiveScenario> Scenarios(RuleSet rules, Language language)
    {
        if (rules is null) throw new ArgumentNullException(nameof(rules));
        return rules.Scenarios.Select(s => new LiveScenario
        {
            Id = s.Id,
            Name = s.Name.In(language),
            ChineseName = s.Name.In(Language.Chinese),
            EnglishName = s.Name.In(Language.English),
            Aliases = s.Aliases.ToArray(),
            Section = s.Source.Section,
            Source = rules.Provenance(s.Source, language).Title,
            Includes = s.Includes.ToArray(),
            Plans = rules.RoutesOf(s).SelectMany(r => r.Plans).Distinct(StringComparer.Ordinal).ToArray(),
            Notes = s.Notes.Select(n => n.Text.In(language)).ToArray(),
        });
    }

    /// <summary>Every plan, with the scenarios in which some route opens it.</summary>
    public static IEnumerable<LivePlanInfo> Plans(RuleSet rules, Language language)
    {
        if (rules is null) throw new ArgumentNullException(nameof(rules));
        return rules.Plans.Select(p => new LivePlanInfo
        {
            Id = p.Id,
            Name = p.Name.In(language),
            Vendor = p.Vendor,
            Integration = p.Integration,
            NeedsDevelopment = p.NeedsDevelopment,
            Docs = p.Docs,
            Setup = p.Setup?.In(language),
            Scenarios = rules.Scenarios.Where(s => rules.RoutesOf(s).Any(r => r.Plans.Contains(p.Id))).Select(s => s.Id).ToArray(),
        });
    }
}
