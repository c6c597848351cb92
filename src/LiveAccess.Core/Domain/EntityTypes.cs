using System;
using System.Collections.Generic;
using System.Linq;
using LiveAccess.Core.Categories;

namespace LiveAccess.Core.Domain;

/// <summary>Entity type ids (public contract) and the words inventories use for them.</summary>
public static class EntityTypes
{
    // Values boxed in a class: a dictionary of an enum would be compiled at run time, at every start.
    // A string table, not Dictionary<string, Word>: fewer generic types to load at start-up (see StringTable).
    private static readonly StringTable<Word> ByWord = Build();

    /// <summary>The stable ids, in contract order.</summary>
    public static IReadOnlyList<string> Ids { get; } = new[] { "individual", "enterprise", "government", "media", "organization" };

    /// <summary>The values an error message offers: the ids, then the usual Chinese words.</summary>
    public static string Offered { get; } = string.Join(", ", Ids) + ", 个人, 企业, 个体工商户, 政府, 媒体, 其他组织";

    /// <summary>The Chinese name of each entity type.</summary>
    public static string ChineseName(EntityType type) => type switch
    {
        EntityType.Individual => "个人",
        EntityType.Enterprise => "企业",
        EntityType.Government => "政府",
        EntityType.Media => "媒体",
        _ => "其他组织",
    };

    /// <summary>The stable id of an entity type.</summary>
    public static string Id(this EntityType type) => Ids[(int)type];

    /// <summary>Parses an id or a Chinese word (个体工商户 counts as enterprise).</summary>
    public static bool TryParse(string? text, out EntityType type)
    {
        type = default;
        var key = TextNormalizer.Key(text);
        if (key.Length == 0 || !ByWord.TryGetValue(key, out var word)) return false;
        type = word!.Type;
        return true;
    }

    /// <summary>The known word nearest to a misspelt one.</summary>
    public static string? NearestId(string text) => Nearest.Find(text, ByWord.Keys.Where(k => k.Length > 2 || k.Any(c => c > 0x7F)))
        is { } word ? (word.Any(c => c > 0x7F) ? word : ByWord[word]!.Type.Id()) : null;

    private static StringTable<Word> Build()
    {
        var map = new StringTable<Word>(StringComparer.Ordinal);
        void Add(EntityType t, params string[] words)
        {
            foreach (var w in words) map[TextNormalizer.Key(w)] = new Word(t);
        }
        Add(EntityType.Individual, "individual", "person", "personal", "个人", "个人主体");
        Add(EntityType.Enterprise, "enterprise", "company", "business", "企业", "企业主体", "公司", "个体工商户", "个体户", "individual-business");
        Add(EntityType.Government, "government", "gov", "政府", "政府主体", "政府机关", "政务", "事业单位");
        Add(EntityType.Media, "media", "媒体", "媒体主体");
        Add(EntityType.Organization, "organization", "organisation", "org", "other", "other-organization", "其他组织", "组织", "社会团体", "民办非企业单位", "基金会");
        return map;
    }

    private sealed class Word
    {
        public Word(EntityType type) => Type = type;

        public EntityType Type { get; }
    }
}
