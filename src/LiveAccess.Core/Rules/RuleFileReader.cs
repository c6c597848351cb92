using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using LiveAccess.Core.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace LiveAccess.Core.Rules;

/// <summary>Reads a rule file's YAML into definitions, collecting every structural problem with its position.</summary>
internal sealed class RuleFileReader
{
    private readonly string _file;
    private readonly List<RuleFileError> _errors;

    private RuleFileReader(string file, List<RuleFileError> errors)
    {
        _file = file;
        _errors = errors;
    }

    public static RuleFileDefinition? Read(string text, string file, List<RuleFileError> errors)
    {
        YamlGuard.Screen(text, file, errors);
        if (errors.Count > 0) return null;
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            errors.Add(YamlGuard.At(file, ex.Start, "Malformed YAML: " + ex.Message));
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet's loader meeting events its parser let through (the guard has read them all).
            errors.Add(new RuleFileError(file, 0, 0, "Malformed YAML: the YAML reader could not load the file; check its quotes, brackets and line endings."));
            return null;
        }
        if (stream.Documents.Count != 1)
        {
            errors.Add(new RuleFileError(file, 0, 0, stream.Documents.Count == 0
                ? "The file is empty: a rule file is one YAML mapping (see docs/rules.md)."
                : "The file holds several YAML documents (---); a rule file is exactly one."));
            return null;
        }
        return new RuleFileReader(file, errors).ReadRoot(stream.Documents[0].RootNode);
    }

    private RuleFileDefinition? ReadRoot(YamlNode node)
    {
        var root = Fields(node, "the rule file", "schema", "version", "title", "mode", "sources", "plans",
            "categories", "scenarios", "routes", "removeRoutes");
        if (root is null) return null;
        var def = new RuleFileDefinition { File = _file };
        if (root.TryGetValue("schema", out var schema) && Scalar(schema, "schema") is { } s && s.Value != "1")
            Error(s.Mark, $"Unknown schema '{s.Value}': this version of LiveAccess reads schema 1.");
        def.Version = Scalar(root, "version")?.Value;
        if (root.TryGetValue("title", out var title)) def.Title = Localized(title, "title");
        if (Scalar(root, "mode") is { } mode)
        {
            def.ModeMark = mode.Mark;
            if (mode.Value is "replace" or "extend") def.Mode = mode.Value;
            else Error(mode.Mark, $"Unknown mode '{mode.Value}': use 'replace' (this file is the whole rule set) or 'extend' (added to the default).");
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
        var f = Fields(node, "a source", "id", "title", "url", "file", "date", "retrieved");
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
            Error(node.Start, $"Source '{d.Id.Value}' needs a 'date' (the document's own) or 'retrieved' (when it was read).");
        return d;
    }

    private PlanDefinition? ReadPlan(YamlNode node)
    {
        var f = Fields(node, "a plan", "id", "vendor", "integration", "needsDevelopment", "name", "docs", "setup");
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
            Error(d.Integration.Mark, $"Unknown integration '{d.Integration.Value}': use plugin, native-components or saas.");
        var dev = Required(f, "needsDevelopment", node, "plan");
        if (dev.Value is "true" or "false") d.NeedsDevelopment = dev.Value == "true";
        else if (dev.Value.Length > 0) Error(dev.Mark, $"needsDevelopment must be true or false, not '{dev.Value}'.");
        return d;
    }

    private PrimaryDefinition? ReadPrimary(YamlNode node)
    {
        var f = Fields(node, "a primary category", "id", "zh-CN", "en", "aliases", "secondaries");
        if (f is null) return null;
        return new PrimaryDefinition
        {
            Id = Required(f, "id", node, "primary category"),
            Zh = Scalar(f, "zh-CN")?.Value ?? "",
            En = Scalar(f, "en")?.Value ?? "",
            Aliases = ScalarList(f, "aliases").Select(x => x.Value).ToList(),
            Secondaries = Items(f, "secondaries", ReadSecondary),
        };
    }

    private SecondaryDefinition? ReadSecondary(YamlNode node)
    {
        var f = Fields(node, "a secondary category", "id", "zh-CN", "en", "aliases");
        if (f is null) return null;
        var d = new SecondaryDefinition
        {
            Id = Required(f, "id", node, "secondary category"),
            Zh = Required(f, "zh-CN", node, "secondary category").Value,
            En = Scalar(f, "en")?.Value ?? "",
            Aliases = ScalarList(f, "aliases").Select(x => x.Value).ToList(),
        };
        return d;
    }

    private ScenarioDefinition? ReadScenario(YamlNode node)
    {
        var f = Fields(node, "a scenario", "id", "name", "aliases", "source", "includes", "requires", "notes");
        if (f is null) return null;
        var d = new ScenarioDefinition
        {
            Id = Required(f, "id", node, "scenario"),
            Name = RequiredLocalized(f, "name", node, "scenario"),
            Aliases = ScalarList(f, "aliases"),
            Includes = ScalarList(f, "includes"),
            Notes = Items(f, "notes", n => ReadMessage(n, "a note", allowCategories: false, out _)),
        };
        d.Source = RequiredSource(f, node, "Scenario", d.Id);
        if (f.TryGetValue("requires", out var req))
        {
            d.Requires = ReadMessage(req, "a requirement", allowCategories: true, out var cats);
            d.RequiresCategories = cats ?? new List<Located>();
            if (cats is null || cats.Count == 0) Error(req.Start, "A requirement needs 'anyCategory' with at least one category.");
        }
        return d;
    }

    private RouteDefinition? ReadRoute(YamlNode node)
    {
        var f = Fields(node, "a route", "id", "scenario", "when", "plans", "source", "alsoFrom", "condition");
        if (f is null) return null;
        var d = new RouteDefinition
        {
            Id = Required(f, "id", node, "route"),
            Scenario = Required(f, "scenario", node, "route"),
            Plans = ScalarList(f, "plans"),
            AlsoFrom = Items(f, "alsoFrom", ReadSourceRef),
        };
        if (d.Plans.Count == 0) Error(node.Start, $"Route '{d.Id.Value}' needs 'plans' with at least one plan id.");
        d.Source = RequiredSource(f, node, "Route", d.Id);
        if (f.TryGetValue("condition", out var cond)) d.Condition = ReadMessage(cond, "a condition", allowCategories: false, out _);
        if (!f.TryGetValue("when", out var whenNode))
        {
            Error(node.Start, $"Route '{d.Id.Value}' needs 'when' (always: true, entity: [...], and/or anyCategory: [...]).");
            return d;
        }
        d.WhenMark = whenNode.Start;
        var when = Fields(whenNode, "'when'", "always", "entity", "anyCategory");
        if (when is null) return d;
        if (Scalar(when, "always") is { } always)
        {
            if (always.Value == "true") d.Always = true;
            else Error(always.Mark, "'always' can only be true; leave it out otherwise.");
        }
        d.Entities = ScalarList(when, "entity");
        d.AnyCategory = ScalarList(when, "anyCategory");
        if (d.Always && (d.Entities.Count > 0 || d.AnyCategory.Count > 0))
            Error(whenNode.Start, $"Route '{d.Id.Value}' contradicts itself: 'always: true' cannot be combined with 'entity' or 'anyCategory'.");
        if (!d.Always && d.Entities.Count == 0 && d.AnyCategory.Count == 0)
            Error(whenNode.Start, $"Route '{d.Id.Value}' has an empty 'when': give always: true, entity: [...] or anyCategory: [...].");
        return d;
    }

    private MessageDefinition? ReadMessage(YamlNode node, string what, bool allowCategories, out List<Located>? categories)
    {
        categories = null;
        var allowed = allowCategories
            ? new[] { "code", "message", "source", "anyCategory" }
            : new[] { "code", "message", "source" };
        var f = Fields(node, what, allowed);
        if (f is null) return null;
        var code = Required(f, "code", node, what.Replace("a ", ""));
        var d = new MessageDefinition { Code = code.Value, Mark = code.Mark, Text = RequiredLocalized(f, "message", node, what.Replace("a ", "")) };
        if (f.TryGetValue("source", out var src)) d.Source = ReadSourceRef(src);
        if (allowCategories && f.TryGetValue("anyCategory", out var any)) categories = ScalarList(any, "anyCategory");
        return d;
    }

    // Scenarios and routes must say where they come from.
    private SourceRefDefinition? RequiredSource(Dictionary<string, YamlNode> fields, YamlNode owner, string what, Located id)
    {
        if (fields.TryGetValue("source", out var src)) return ReadSourceRef(src);
        Error(owner.Start, $"{what} '{id.Value}' needs a 'source' ({{ ref: <source id>, section: <场景 or list> }}).");
        return null;
    }

    private SourceRefDefinition? ReadSourceRef(YamlNode node)
    {
        var f = Fields(node, "a source reference", "ref", "section");
        if (f is null) return null;
        return new SourceRefDefinition { Ref = Required(f, "ref", node, "source reference"), Section = Scalar(f, "section")?.Value };
    }

    // --- node helpers -------------------------------------------------------------------------

    private Dictionary<string, YamlNode>? Fields(YamlNode node, string what, params string[] allowed)
    {
        if (node is not YamlMappingNode map)
        {
            Error(node.Start, $"Expected {what} as a mapping (key: value lines), found {Describe(node)}.");
            return null;
        }
        var result = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var entry in map.Children)
        {
            var key = (entry.Key as YamlScalarNode)?.Value ?? "";
            if (Array.IndexOf(allowed, key) < 0)
            {
                var near = Categories.Nearest.Find(key, allowed);
                Error(entry.Key.Start, $"Unknown key '{key}' in {what}" + (near is null ? "." : $" (did you mean '{near}'?).") + " Allowed: " + string.Join(", ", allowed) + ".");
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
            Error(node.Start, $"'{key}' must be a list (lines starting with '- '), found {Describe(node)}.");
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
            Error(node.Start, $"'{key}' must be a list of values, found {Describe(node)}.");
            return list;
        }
        foreach (var item in seq.Children)
        {
            if (item is YamlScalarNode s && !string.IsNullOrEmpty(s.Value)) list.Add(new Located(s.Value!, s.Start));
            else Error(item.Start, $"Each item of '{key}' must be a plain value, found {Describe(item)}.");
        }
        return list;
    }

    private Located? Scalar(Dictionary<string, YamlNode> fields, string key) =>
        fields.TryGetValue(key, out var node) ? Scalar(node, key) : null;

    private Located? Scalar(YamlNode node, string key)
    {
        if (node is YamlScalarNode s) return new Located(s.Value ?? "", s.Start);
        Error(node.Start, $"'{key}' must be a single value, found {Describe(node)}.");
        return null;
    }

    private Located Required(Dictionary<string, YamlNode> fields, string key, YamlNode owner, string what)
    {
        var value = Scalar(fields, key);
        if (value is null || value.Value.Length == 0)
        {
            if (!fields.ContainsKey(key) || value is not null) Error(owner.Start, $"A {what} needs '{key}'.");
            return new Located("", owner.Start);
        }
        return value;
    }

    private LocalizedText RequiredLocalized(Dictionary<string, YamlNode> fields, string key, YamlNode owner, string what)
    {
        if (fields.TryGetValue(key, out var node)) return Localized(node, key);
        Error(owner.Start, $"A {what} needs '{key}' ({{ en: ..., zh-CN: ... }}).");
        return new LocalizedText("", "");
    }

    private LocalizedText Localized(YamlNode node, string key)
    {
        if (node is YamlScalarNode s) return new LocalizedText(s.Value ?? "", s.Value ?? "");
        var f = Fields(node, $"'{key}'", "en", "zh-CN");
        if (f is null) return new LocalizedText("", "");
        var en = Scalar(f, "en")?.Value ?? "";
        var zh = Scalar(f, "zh-CN")?.Value ?? "";
        if (en.Length == 0 && zh.Length == 0) Error(node.Start, $"'{key}' needs 'en' and/or 'zh-CN'.");
        return new LocalizedText(en, zh);
    }

    private static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        YamlScalarNode s => $"the value '{Truncate(s.Value)}'",
        _ => "something else",
    };

    private static string Truncate(string? s) => s is null ? "" : s.Length <= 40 ? s : s.Substring(0, 40) + "…";

    private void Error(Mark mark, string message) => _errors.Add(YamlGuard.At(_file, mark, message));
}
