using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using LiveAccess.Core.Categories;
using LiveAccess.Core.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace LiveAccess.Core.Rules;

/// <summary>Reads a rule file's YAML into definitions, collecting every structural problem with its position.</summary>
internal sealed class RuleFileReader
{
    private readonly string _file;
    private readonly List<RuleFileError> _errors;
    private readonly Language _language;

    private RuleFileReader(string file, List<RuleFileError> errors, Language language)
    {
        _file = file;
        _errors = errors;
        _language = language;
    }

    public static RuleFileDefinition? Read(string text, string file, List<RuleFileError> errors, Language language = Language.English)
    {
        string Say(string key, params object?[] args) => Messages.Format(language, key, args);
        YamlGuard.Screen(text, file, errors, language);
        if (errors.Count > 0) return null;
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            errors.Add(YamlGuard.At(file, ex.Start, Say("rules.malformed-yaml", ex.Message)));
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet's loader meeting events its parser let through (the guard has read them all).
            errors.Add(new RuleFileError(file, 0, 0, Say("rules.malformed-yaml", Say("rules.yaml.cannot-load"))));
            return null;
        }
        if (stream.Documents.Count != 1)
        {
            errors.Add(new RuleFileError(file, 0, 0, stream.Documents.Count == 0
                ? Say("rules.file.empty")
                : Say("rules.file.several-documents")));
            return null;
        }
        return new RuleFileReader(file, errors, language).ReadRoot(stream.Documents[0].RootNode);
    }

    private RuleFileDefinition? ReadRoot(YamlNode node)
    {
        var root = Fields(node, Thing("rule-file"), "schema", "version", "title", "mode", "sources", "plans",
            "categories", "scenarios", "routes", "removeRoutes");
        if (root is null) return null;
        var def = new RuleFileDefinition { File = _file };
        if (root.TryGetValue("schema", out var schema) && Scalar(schema, "schema") is { } s && s.Value != "1")
            Error(s.Mark, Say("rules.unknown-schema", s.Value));
        def.Version = Scalar(root, "version")?.Value;
        if (root.TryGetValue("title", out var title)) def.Title = Localized(title, "title");
        if (Scalar(root, "mode") is { } mode)
        {
            def.ModeMark = mode.Mark;
            if (mode.Value is "replace" or "extend") def.Mode = mode.Value;
            else Error(mode.Mark, Say("rules.unknown-mode", mode.Value));
        }
        def.Sources = Items(root, "sources", ReadSource);
        def.Plans = Items(root, "plans", ReadPlan);
        def.Categories = Items(root, "categories", ReadPrimary);
        def.Scenarios = Items(root, "scenarios", ReadScenario);
        def.Routes = Items(root, "routes", ReadRoute);
        def.RemoveRoutes = ScalarList(root, "removeRoutes");
        return def;
    }

    private SourceDefinition? ReadSource(YamlNode node)
    {
        var f = Fields(node, Thing("source"), "id", "title", "url", "file", "date", "retrieved");
        if (f is null) return null;
        var d = new SourceDefinition
        {
            Id = Required(f, "id", node, "source"),
            Title = RequiredLocalized(f, "title", node, "source"),
            Url = Scalar(f, "url")?.Value,
            File = Scalar(f, "file")?.Value,
            Date = Scalar(f, "date")?.Value,
            Retrieved = Scalar(f, "retrieved")?.Value,
        };
        if (d.Date is null && d.Retrieved is null)
            Error(node.Start, Say("rules.source.needs-date", d.Id.Value));
        return d;
    }

    private PlanDefinition? ReadPlan(YamlNode node)
    {
        var f = Fields(node, Thing("plan"), "id", "vendor", "integration", "needsDevelopment", "name", "docs", "setup");
        if (f is null) return null;
        var d = new PlanDefinition
        {
            Id = Required(f, "id", node, "plan"),
            Vendor = Required(f, "vendor", node, "plan").Value,
            Integration = Required(f, "integration", node, "plan"),
            Name = RequiredLocalized(f, "name", node, "plan"),
            Docs = Scalar(f, "docs")?.Value,
            Setup = f.TryGetValue("setup", out var setup) ? Localized(setup, "setup") : null,
        };
        if (d.Integration.Value.Length > 0 && d.Integration.Value is not ("plugin" or "native-components" or "saas"))
            Error(d.Integration.Mark, Say("rules.unknown-integration", d.Integration.Value));
        var dev = Required(f, "needsDevelopment", node, "plan");
        if (dev.Value is "true" or "false") d.NeedsDevelopment = dev.Value == "true";
        else if (dev.Value.Length > 0) Error(dev.Mark, Say("rules.needs-development.not-boolean", dev.Value));
        return d;
    }

    private PrimaryDefinition? ReadPrimary(YamlNode node)
    {
        var f = Fields(node, Thing("primary-category"), "id", "zh-CN", "en", "aliases", "secondaries");
        if (f is null) return null;
        return new PrimaryDefinition
        {
            Id = Required(f, "id", node, "primary-category"),
            Zh = Scalar(f, "zh-CN")?.Value ?? "",
            En = Scalar(f, "en")?.Value ?? "",
            Aliases = ScalarList(f, "aliases").Select(x => x.Value).ToList(),
            Secondaries = Items(f, "secondaries", ReadSecondary),
        };
    }

    private SecondaryDefinition? ReadSecondary(YamlNode node)
    {
        var f = Fields(node, Thing("secondary-category"), "id", "zh-CN", "en", "aliases");
        if (f is null) return null;
        var d = new SecondaryDefinition
        {
            Id = Required(f, "id", node, "secondary-category"),
            Zh = Required(f, "zh-CN", node, "secondary-category").Value,
            En = Scalar(f, "en")?.Value ?? "",
            Aliases = ScalarList(f, "aliases").Select(x => x.Value).ToList(),
        };
        return d;
    }

    private ScenarioDefinition? ReadScenario(YamlNode node)
    {
        var f = Fields(node, Thing("scenario"), "id", "name", "aliases", "source", "includes", "requires", "notes");
        if (f is null) return null;
        var d = new ScenarioDefinition
        {
            Id = Required(f, "id", node, "scenario"),
            Name = RequiredLocalized(f, "name", node, "scenario"),
            Aliases = ScalarList(f, "aliases"),
            Includes = ScalarList(f, "includes"),
            Notes = Items(f, "notes", n => ReadMessage(n, "note", allowCategories: false, out _)),
        };
        d.Source = RequiredSource(f, node, "rules.scenario.needs-source", d.Id);
        if (f.TryGetValue("requires", out var req))
        {
            d.Requires = ReadMessage(req, "requirement", allowCategories: true, out var cats);
            d.RequiresCategories = cats ?? new List<Located>();
            if (cats is null || cats.Count == 0) Error(req.Start, Say("rules.requirement.needs-categories"));
        }
        return d;
    }

    private RouteDefinition? ReadRoute(YamlNode node)
    {
        var f = Fields(node, Thing("route"), "id", "scenario", "when", "plans", "source", "alsoFrom", "condition");
        if (f is null) return null;
        var d = new RouteDefinition
        {
            Id = Required(f, "id", node, "route"),
            Scenario = Required(f, "scenario", node, "route"),
            Plans = ScalarList(f, "plans"),
            AlsoFrom = Items(f, "alsoFrom", ReadSourceRef),
        };
        if (d.Plans.Count == 0) Error(node.Start, Say("rules.route.needs-plans", d.Id.Value));
        d.Source = RequiredSource(f, node, "rules.route.needs-source", d.Id);
        if (f.TryGetValue("condition", out var cond)) d.Condition = ReadMessage(cond, "condition", allowCategories: false, out _);
        if (!f.TryGetValue("when", out var whenNode))
        {
            Error(node.Start, Say("rules.route.needs-when", d.Id.Value));
            return d;
        }
        d.WhenMark = whenNode.Start;
        var when = Fields(whenNode, Say("rules.thing.field", "when"), "always", "entity", "anyCategory");
        if (when is null) return d;
        if (Scalar(when, "always") is { } always)
        {
            if (always.Value == "true") d.Always = true;
            else Error(always.Mark, Say("rules.route.always-not-true"));
        }
        d.Entities = ScalarList(when, "entity");
        d.AnyCategory = ScalarList(when, "anyCategory");
        if (d.Always && (d.Entities.Count > 0 || d.AnyCategory.Count > 0))
            Error(whenNode.Start, Say("rules.route.always-contradiction", d.Id.Value));
        if (!d.Always && d.Entities.Count == 0 && d.AnyCategory.Count == 0)
            Error(whenNode.Start, Say("rules.route.empty-when", d.Id.Value));
        return d;
    }

    private MessageDefinition? ReadMessage(YamlNode node, string what, bool allowCategories, out List<Located>? categories)
    {
        categories = null;
        var allowed = allowCategories
            ? new[] { "code", "message", "source", "anyCategory" }
            : new[] { "code", "message", "source" };
        var f = Fields(node, Thing(what), allowed);
        if (f is null) return null;
        var code = Required(f, "code", node, what);
        var d = new MessageDefinition { Code = code.Value, Mark = code.Mark, Text = RequiredLocalized(f, "message", node, what) };
        if (f.TryGetValue("source", out var src)) d.Source = ReadSourceRef(src);
        if (allowCategories && f.TryGetValue("anyCategory", out var any)) categories = ScalarList(any, "anyCategory");
        return d;
    }

    // Scenarios and routes must say where they come from.
    private SourceRefDefinition? RequiredSource(Dictionary<string, YamlNode> fields, YamlNode owner, string messageKey, Located id)
    {
        if (fields.TryGetValue("source", out var src)) return ReadSourceRef(src);
        Error(owner.Start, Say(messageKey, id.Value));
        return null;
    }

    private SourceRefDefinition? ReadSourceRef(YamlNode node)
    {
        var f = Fields(node, Thing("source-reference"), "ref", "section");
        if (f is null) return null;
        return new SourceRefDefinition { Ref = Required(f, "ref", node, "source-reference"), Section = Scalar(f, "section")?.Value };
    }

    // --- node helpers -------------------------------------------------------------------------

    private Dictionary<string, YamlNode>? Fields(YamlNode node, string what, params string[] allowed)
    {
        if (node is not YamlMappingNode map)
        {
            Error(node.Start, Say("rules.expected-mapping", what, Describe(node)));
            return null;
        }
        var result = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var entry in map.Children)
        {
            var key = (entry.Key as YamlScalarNode)?.Value ?? "";
            if (Array.IndexOf(allowed, key) < 0)
            {
                var near = Nearest.Find(key, allowed);
                Error(entry.Key.Start, Say("rules.unknown-key", key, what, Hint(near), string.Join(", ", allowed)));
                continue;
            }
            result[key] = entry.Value;
        }
        return result;
    }

    private List<T> Items<T>(Dictionary<string, YamlNode> fields, string key, Func<YamlNode, T?> read) where T : class
    {
        var list = new List<T>();
        if (!fields.TryGetValue(key, out var node)) return list;
        if (node is YamlScalarNode { Value: null or "" or "~" or "null" }) return list;
        if (node is not YamlSequenceNode seq)
        {
            Error(node.Start, Say("rules.expected-list", key, Describe(node)));
            return list;
        }
        foreach (var item in seq.Children)
            if (read(item) is { } value) list.Add(value);
        return list;
    }

    // A list that may be left out (then empty).
    private List<Located> ScalarList(Dictionary<string, YamlNode> fields, string key) =>
        fields.TryGetValue(key, out var node) ? ScalarList(node, key) : new List<Located>();

    private List<Located> ScalarList(YamlNode node, string key)
    {
        var list = new List<Located>();
        if (node is YamlScalarNode single && !string.IsNullOrEmpty(single.Value))
        {
            list.Add(new Located(single.Value!, single.Start));
            return list;
        }
        if (node is not YamlSequenceNode seq)
        {
            Error(node.Start, Say("rules.expected-value-list", key, Describe(node)));
            return list;
        }
        foreach (var item in seq.Children)
        {
            if (item is YamlScalarNode s && !string.IsNullOrEmpty(s.Value)) list.Add(new Located(s.Value!, s.Start));
            else Error(item.Start, Say("rules.expected-plain-item", key, Describe(item)));
        }
        return list;
    }

    private Located? Scalar(Dictionary<string, YamlNode> fields, string key) =>
        fields.TryGetValue(key, out var node) ? Scalar(node, key) : null;

    private Located? Scalar(YamlNode node, string key)
    {
        if (node is YamlScalarNode s) return new Located(s.Value ?? "", s.Start);
        Error(node.Start, Say("rules.expected-single-value", key, Describe(node)));
        return null;
    }

    private Located Required(Dictionary<string, YamlNode> fields, string key, YamlNode owner, string what)
    {
        var value = Scalar(fields, key);
        if (value is null || value.Value.Length == 0)
        {
            if (!fields.ContainsKey(key) || value is not null) Error(owner.Start, Say("rules.needs-key", Noun(what), key));
            return new Located("", owner.Start);
        }
        return value;
    }

    private LocalizedText RequiredLocalized(Dictionary<string, YamlNode> fields, string key, YamlNode owner, string what)
    {
        if (fields.TryGetValue(key, out var node)) return Localized(node, key);
        Error(owner.Start, Say("rules.needs-localized-key", Noun(what), key));
        return new LocalizedText("", "");
    }

    private LocalizedText Localized(YamlNode node, string key)
    {
        if (node is YamlScalarNode s) return new LocalizedText(s.Value ?? "", s.Value ?? "");
        var f = Fields(node, Say("rules.thing.field", key), "en", "zh-CN");
        if (f is null) return new LocalizedText("", "");
        var en = Scalar(f, "en")?.Value ?? "";
        var zh = Scalar(f, "zh-CN")?.Value ?? "";
        if (en.Length == 0 && zh.Length == 0) Error(node.Start, Say("rules.localized.empty", key));
        return new LocalizedText(en, zh);
    }

    private string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => Say("rules.found.mapping"),
        YamlSequenceNode => Say("rules.found.list"),
        YamlScalarNode s => Say("rules.found.value", Truncate(s.Value)),
        _ => Say("rules.found.other"),
    };

    // "a plan" (what a mapping should be) and "plan" (in "A plan needs 'id'."), in the file's language.
    private string Thing(string id) => Say("rules.thing." + id);
    private string Noun(string id) => Say("rules.noun." + id);

    private string Hint(string? near) => near is null ? Say("rules.hint.none") : Say("rules.hint.near", near);

    private string Say(string key, params object?[] args) => Messages.Format(_language, key, args);

    private static string Truncate(string? s) => s is null ? "" : s.Length <= 40 ? s : s.Substring(0, 40) + "…";

    private void Error(Mark mark, string message) => _errors.Add(YamlGuard.At(_file, mark, message));
}
