using System;
using System.Collections.Generic;
using System.IO;
using LiveAccess.Core.Categories;
using LiveAccess.Core.Domain;
using LiveAccess.Core.Text;

namespace LiveAccess.Core.Rules.Precompiled;

/// <summary>
/// The binary layout of <see cref="PrecompiledDefaults"/>: every field of the compiled rule set and
/// of the message catalogue, in declaration order. A test compares what it reads back with what the
/// YAML loader builds, field by field, so the two cannot drift apart unnoticed.
/// </summary>
internal static class DefaultsBinary
{
    public static void WriteMessages(BinaryWriter w, IReadOnlyDictionary<string, LocalizedText> messages)
    {
        w.Write(messages.Count);
        foreach (var entry in messages)
        {
            w.Write(entry.Key);
            Write(w, entry.Value);
        }
    }

    public static Dictionary<string, LocalizedText> ReadMessages(FormReader r)
    {
        var count = r.ReadInt32();
        var result = new Dictionary<string, LocalizedText>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++) result.Add(r.ReadString(), ReadText(r));
        return result;
    }

    public static void WriteRuleSet(BinaryWriter w, RuleSet rules)
    {
        w.Write(rules.Version);
        Write(w, rules.Title);
        w.Write(rules.Origin);
        WriteList(w, rules.Sources, WriteSource);
        WriteList(w, rules.Plans, WritePlan);
        WriteList(w, rules.Categories.All, WriteCategory);
        WriteList(w, rules.Scenarios, WriteScenario);
        WriteList(w, rules.Routes, WriteRoute);
    }

    public static RuleSet ReadRuleSet(FormReader r)
    {
        var version = r.ReadString();
        var title = ReadText(r);
        var origin = r.ReadString();
        // Arrays filled by plain loops, no delegates or generic helpers: every generic type or method
        // made here is one more the runtime loads when a single answer starts.
        var sources = new RuleSource[Count(r)];
        for (var i = 0; i < sources.Length; i++) sources[i] = ReadSource(r);
        var plans = new Plan[Count(r)];
        for (var i = 0; i < plans.Length; i++) plans[i] = ReadPlan(r);
        var all = new Category[Count(r)];
        for (var i = 0; i < all.Length; i++) all[i] = ReadCategory(r);
        var categories = new CategoryCatalogue(all);
        var scenarios = new Scenario[Count(r)];
        for (var i = 0; i < scenarios.Length; i++) scenarios[i] = ReadScenario(r);
        var routes = new Route[Count(r)];
        for (var i = 0; i < routes.Length; i++) routes[i] = ReadRoute(r);
        return new RuleSet(version, title, origin, sources, plans, categories, scenarios, routes);
    }

    private static void WriteSource(BinaryWriter w, RuleSource s)
    {
        w.Write(s.Id);
        Write(w, s.Title);
        WriteOptional(w, s.Url);
        WriteOptional(w, s.File);
        WriteOptional(w, s.Date);
        WriteOptional(w, s.Retrieved);
    }

    private static RuleSource ReadSource(FormReader r) => new()
    {
        Id = r.ReadString(),
        Title = ReadText(r),
        Url = ReadOptional(r),
        File = ReadOptional(r),
        Date = ReadOptional(r),
        Retrieved = ReadOptional(r),
    };

    private static void WritePlan(BinaryWriter w, Plan p)
    {
        w.Write(p.Id);
        w.Write(p.Vendor);
        w.Write(p.Integration);
        w.Write(p.NeedsDevelopment);
        Write(w, p.Name);
        WriteOptional(w, p.Docs);
        WriteOptional(w, p.Setup, Write);
    }

    private static Plan ReadPlan(FormReader r) => new()
    {
        Id = r.ReadString(),
        Vendor = r.ReadString(),
        Integration = r.ReadString(),
        NeedsDevelopment = r.ReadBoolean(),
        Name = ReadText(r),
        Docs = ReadOptional(r),
        Setup = r.ReadBoolean() ? ReadText(r) : null,
    };

    private static void WriteCategory(BinaryWriter w, Category c)
    {
        w.Write(c.Index);
        w.Write(c.Id);
        w.Write(c.PrimaryId);
        Write(w, c.Primary);
        Write(w, c.Secondary);
        WriteStrings(w, c.PrimaryAliases);
        WriteStrings(w, c.SecondaryAliases);
    }

    private static Category ReadCategory(FormReader r) => new()
    {
        Index = r.ReadInt32(),
        Id = r.ReadString(),
        PrimaryId = r.ReadString(),
        Primary = ReadText(r),
        Secondary = ReadText(r),
        PrimaryAliases = ReadStrings(r),
        SecondaryAliases = ReadStrings(r),
    };

    private static void WriteScenario(BinaryWriter w, Scenario s)
    {
        w.Write(s.Id);
        Write(w, s.Name);
        WriteStrings(w, s.Aliases);
        Write(w, s.Source);
        WriteStrings(w, s.Includes);
        WriteOptional(w, s.Requirement, (w2, q) =>
        {
            Write(w2, q.Categories);
            Write(w2, q.Message);
        });
        WriteList(w, s.Notes, Write);
    }

    private static Scenario ReadScenario(FormReader r) => new()
    {
        Id = r.ReadString(),
        Name = ReadText(r),
        Aliases = ReadStrings(r),
        Source = ReadSourceRef(r),
        Includes = ReadStrings(r),
        Requirement = r.ReadBoolean() ? new ScenarioRequirement(ReadCategoryMatch(r), ReadRuleMessage(r)) : null,
        Notes = ReadRuleMessages(r),
    };

    private static void WriteRoute(BinaryWriter w, Route route)
    {
        w.Write(route.Id);
        w.Write(route.Scenario);
        w.Write(route.Always);
        WriteList(w, route.Entities, (w2, e) => w2.Write((int)e));
        WriteOptional(w, route.Categories, Write);
        WriteStrings(w, route.Plans);
        Write(w, route.Source);
        WriteList(w, route.AlsoFrom, Write);
        WriteOptional(w, route.Condition, Write);
    }

    private static Route ReadRoute(FormReader r) => new()
    {
        Id = r.ReadString(),
        Scenario = r.ReadString(),
        Always = r.ReadBoolean(),
        Entities = ReadEntities(r),
        Categories = r.ReadBoolean() ? ReadCategoryMatch(r) : null,
        Plans = ReadStrings(r),
        Source = ReadSourceRef(r),
        AlsoFrom = ReadSourceRefs(r),
        Condition = r.ReadBoolean() ? ReadRuleMessage(r) : null,
    };

    private static void Write(BinaryWriter w, CategoryMatch m)
    {
        w.Write(m.Set.Count);
        foreach (var i in m.Set.Indices()) w.Write(i);
        WriteStrings(w, m.Patterns);
    }

    private static CategoryMatch ReadCategoryMatch(FormReader r)
    {
        var set = CategorySet.Empty;
        for (var n = r.ReadInt32(); n > 0; n--) set = set.With(r.ReadInt32());
        return new CategoryMatch(set, ReadStrings(r));
    }

    private static EntityType[] ReadEntities(FormReader r)
    {
        var entities = new EntityType[r.ReadInt32()];
        for (var i = 0; i < entities.Length; i++) entities[i] = (EntityType)r.ReadInt32();
        return entities;
    }

    private static void Write(BinaryWriter w, RuleMessage m)
    {
        w.Write(m.Code);
        Write(w, m.Text);
        WriteOptional(w, m.Source, Write);
    }

    private static RuleMessage ReadRuleMessage(FormReader r) =>
        new(r.ReadString(), ReadText(r), r.ReadBoolean() ? ReadSourceRef(r) : null);

    private static RuleMessage[] ReadRuleMessages(FormReader r)
    {
        var messages = new RuleMessage[Count(r)];
        for (var i = 0; i < messages.Length; i++) messages[i] = ReadRuleMessage(r);
        return messages;
    }

    private static SourceRef[] ReadSourceRefs(FormReader r)
    {
        var refs = new SourceRef[Count(r)];
        for (var i = 0; i < refs.Length; i++) refs[i] = ReadSourceRef(r);
        return refs;
    }

    private static void Write(BinaryWriter w, SourceRef s)
    {
        w.Write(s.SourceId);
        WriteOptional(w, s.Section);
    }

    private static SourceRef ReadSourceRef(FormReader r) => new(r.ReadString(), ReadOptional(r));

    private static void Write(BinaryWriter w, LocalizedText t)
    {
        w.Write(t.En);
        w.Write(t.Zh);
    }

    private static LocalizedText ReadText(FormReader r) => new(r.ReadString(), r.ReadString());

    private static void WriteOptional(BinaryWriter w, string? value)
    {
        w.Write(value is not null);
        if (value is not null) w.Write(value);
    }

    private static string? ReadOptional(FormReader r) => r.ReadBoolean() ? r.ReadString() : null;

    private static void WriteOptional<T>(BinaryWriter w, T? value, Action<BinaryWriter, T> write) where T : class
    {
        w.Write(value is not null);
        if (value is not null) write(w, value);
    }

    private static void WriteStrings(BinaryWriter w, IReadOnlyList<string> values) => WriteList(w, values, (w2, s) => w2.Write(s));

    private static string[] ReadStrings(FormReader r)
    {
        var strings = new string[Count(r)];
        for (var i = 0; i < strings.Length; i++) strings[i] = r.ReadString();
        return strings;
    }

    private static void WriteList<T>(BinaryWriter w, IReadOnlyList<T> items, Action<BinaryWriter, T> write)
    {
        w.Write(items.Count);
        foreach (var item in items) write(w, item);
    }

    // A list's length; a negative one is a damaged form.
    private static int Count(FormReader r)
    {
        var count = r.ReadInt32();
        return count >= 0 ? count : throw new InvalidDataException("Bad count in the precompiled defaults.");
    }
}
