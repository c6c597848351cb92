using System;
using System.Collections.Generic;
using LiveAccess.Core.Categories;
using LiveAccess.Core.Domain;
using LiveAccess.Core.Rules;
using LiveAccess.Core.Text;

namespace LiveAccess.Core.Evaluation;

/// <summary>
/// Validates and normalises raw inventory rows against a rule set: AppId, entity type, scenario
/// (id or alias) and categories. A row that cannot be decided becomes a <see cref="RowError"/>
/// naming the value and the fix.
/// </summary>
public sealed class ProgramNormalizer
{
    private const int MaxCachedSpellings = 4096;
    private readonly RuleSet _rules;
    private readonly Language _language;
    private readonly StringTable<List<string>> _scenarioByKey = new(StringComparer.Ordinal);
    // Inventories write a few entity words and scenarios over and over: each distinct spelling is
    // worked out once (bounded). Category lists vary far more (every mix and order of pairs); the
    // catalogue looks up each pair once instead.
    private readonly BoundedCache<EntityAnswer> _entities = new(MaxCachedSpellings);
    private readonly BoundedCache<ScenarioAnswer> _scenarios = new(MaxCachedSpellings);
    private readonly IdentityMemo<string, EntityAnswer> _entityMemo = new();
    private readonly IdentityMemo<string, ScenarioAnswer> _scenarioMemo = new();
    private readonly IdentityMemo<string, CategoryParse> _categoriesMemo = new(4096);
    private readonly Func<string, EntityAnswer> _resolveEntity;
    private readonly Func<string, ScenarioAnswer> _resolveScenario;

    /// <summary>Creates a normaliser for a rule set and language.</summary>
    public ProgramNormalizer(RuleSet rules, Language language)
    {
        _rules = rules ?? throw new ArgumentNullException(nameof(rules));
        _language = language;
        // Loops rather than LINQ: a single answer builds this at start-up.
        foreach (var s in rules.Scenarios)
        {
            AddScenarioWord(s.Id, s.Id);
            AddScenarioWord(s.Name.En, s.Id);
            AddScenarioWord(s.Name.Zh, s.Id);
            foreach (var alias in s.Aliases) AddScenarioWord(alias, s.Id);
        }
        _resolveEntity = ResolveEntity;
        _resolveScenario = text => new ScenarioAnswer(ResolveScenario(text, out var error), error);
    }

    private List<string> ScenarioIds()
    {
        var ids = new List<string>(_rules.Scenarios.Count);
        foreach (var s in _rules.Scenarios) ids.Add(s.Id);
        return ids;
    }

    private void AddScenarioWord(string word, string id)
    {
        var key = TextNormalizer.Key(word);
        if (key.Length == 0) return;
        if (!_scenarioByKey.TryGetValue(key, out var ids)) _scenarioByKey[key] = ids = new List<string>();
        if (!ids!.Contains(id)) ids.Add(id);
    }

    /// <summary>Normalises an AppId: trimmed, invisible characters dropped, lower case; null when invalid.</summary>
    public static string? NormalizeAppId(string? appId)
    {
        if (appId is not null && IsAppId(appId)) return appId; // already clean: the common case
        var key = TextNormalizer.Key(appId);
        return IsAppId(key) ? key : null;
    }

    /// <summary>Whether the text is exactly <c>wx</c> and 16 lower-case hexadecimal digits.</summary>
    private static bool IsAppId(string text)
    {
        if (text.Length != 18 || text[0] != 'w' || text[1] != 'x') return false;
        for (var i = 2; i < 18; i++)
        {
            var c = text[i];
            if (!(c is >= '0' and <= '9' or >= 'a' and <= 'f')) return false;
        }
        return true;
    }

    /// <summary>Resolves a scenario id or alias; null for empty input (every scenario).</summary>
    public string? ResolveScenario(string? text, out Message? error)
    {
        error = null;
        var key = TextNormalizer.Key(text);
        if (key.Length == 0) return null;
        if (_scenarioByKey.TryGetValue(key, out var ids))
        {
            if (ids!.Count == 1) return ids[0];
            error = new Message("ambiguous-scenario", Messages.Format(_language, "row.ambiguous-scenario", TextNormalizer.Clean(text), string.Join(", ", ids)));
            return null;
        }
        // 场景5 names two scenarios (sales and consultations): say so rather than guess.
        // Loops rather than LINQ: the code of this method is made ready when a single answer starts.
        var ambiguous = new List<string>();
        foreach (var s in _rules.Scenarios)
            if (TextNormalizer.Key(s.Source.Section) == key) ambiguous.Add(s.Id);
        if (ambiguous.Count > 1)
        {
            error = new Message("ambiguous-scenario", Messages.Format(_language, "row.ambiguous-scenario", TextNormalizer.Clean(text), string.Join(", ", ambiguous)));
            return null;
        }
        // Nearest among every word a scenario answers to (ids, both names, aliases), named by its id:
        // '生活趣事' is near entertainment's Chinese name, not near any English id.
        var nearWord = Nearest.Find(key, _scenarioByKey.Keys);
        var near = nearWord is null ? null : _scenarioByKey[nearWord]![0];
        error = new Message("unknown-scenario", Messages.Format(_language, "row.unknown-scenario", Shorten(TextNormalizer.Clean(text)),
            near is null ? "" : Messages.Format(_language, "common.did-you-mean", near), string.Join(", ", ScenarioIds())));
        return null;
    }

    /// <summary>The normalised program, or the error that keeps the row from being decided.</summary>
    public NormalizeResult Normalize(InventoryRow row)
    {
        if (row is null) throw new ArgumentNullException(nameof(row));
        var appId = row.AppId is { } written && IsAppId(written) ? written : null;
        if (appId is null)
        {
            var rawAppId = TextNormalizer.Clean(row.AppId);
            if (rawAppId.Length == 0) return Fail("missing-app-id", Messages.Get("row.missing-app-id").In(_language), row, null);
            appId = NormalizeAppId(rawAppId);
            if (appId is null) return Fail("bad-app-id", Messages.Format(_language, "row.bad-app-id", Shorten(rawAppId)), row, rawAppId);
        }

        var entityText = row.EntityType ?? string.Empty;
        var entity = _entityMemo.Get(entityText) ?? _entityMemo.Set(entityText, _entities.Get(entityText, _resolveEntity));
        if (entity.Error is { } entityError) return Fail(entityError.Code, entityError.Text, row, appId);

        var scenarioText = row.Scenario ?? string.Empty;
        var scenario = _scenarioMemo.Get(scenarioText) ?? _scenarioMemo.Set(scenarioText, _scenarios.Get(scenarioText, _resolveScenario));
        if (scenario.Error is { } scenarioError) return Fail(scenarioError.Code, scenarioError.Text, row, appId);

        // One category list (a CSV cell) is parsed once per string object the reader gives for it.
        var categories = row.Categories.Count == 1 && row.Categories[0] is { } list
            ? _categoriesMemo.Get(list) ?? _categoriesMemo.Set(list, _rules.Categories.Parse(row.Categories, _language))
            : _rules.Categories.Parse(row.Categories, _language);
        return new NormalizeResult(new MiniProgram(appId, entity.Type, categories.Set)
        {
            Name = string.IsNullOrWhiteSpace(row.Name) ? null : TextNormalizer.Clean(row.Name),
            Scenario = scenario.Id,
            Warnings = row.Warnings.Count == 0 ? categories.Warnings : Concat(row.Warnings, categories.Warnings),
            Source = row.Source,
        }, null);
    }

    private EntityAnswer ResolveEntity(string written)
    {
        var entityText = TextNormalizer.Clean(written);
        var validEntities = string.Join(", ", EntityTypes.Ids);
        if (entityText.Length == 0)
            return new EntityAnswer(default, new Message("missing-entity-type", Messages.Format(_language, "row.missing-entity-type", validEntities)));
        if (EntityTypes.TryParse(entityText, out var entity)) return new EntityAnswer(entity, null);
        var near = EntityTypes.NearestId(entityText);
        return new EntityAnswer(default, new Message("unknown-entity-type", Messages.Format(_language, "row.unknown-entity-type", Shorten(entityText),
            near is null ? "" : Messages.Format(_language, "common.did-you-mean", near), EntityTypes.Offered)));
    }

    private static NormalizeResult Fail(string code, string message, InventoryRow row, string? appId) =>
        new(null, new RowError(code, message, row.Source, appId));

    private static string Shorten(string value) => value.Length <= 80 ? value : value.Substring(0, 80) + "…";

    private static List<Message> Concat(IReadOnlyList<Message> first, IReadOnlyList<Message> second)
    {
        var all = new List<Message>(first.Count + second.Count);
        foreach (var m in first) all.Add(m);
        foreach (var m in second) all.Add(m);
        return all;
    }
}

/// <summary>An entity word worked out: its type, or the error for rows that write it.</summary>
internal sealed record EntityAnswer(EntityType Type, Message? Error);

/// <summary>A scenario worked out: its id (null for every scenario), or the error for rows that write it.</summary>
internal sealed record ScenarioAnswer(string? Id, Message? Error);

/// <summary>A normalised program or the reason it could not be normalised.</summary>
public sealed record NormalizeResult(MiniProgram? Program, RowError? Error);
