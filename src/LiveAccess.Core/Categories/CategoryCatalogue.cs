using System;
using System.Collections.Generic;
using LiveAccess.Core.Domain;
using LiveAccess.Core.Evaluation;
using LiveAccess.Core.Text;

namespace LiveAccess.Core.Categories;

/// <summary>
/// Every category a rule set knows, with all the spellings inventories use for it, and the parser
/// that turns a free-text category list into a <see cref="CategorySet"/>.
/// </summary>
public sealed class CategoryCatalogue
{
    private static readonly char[] PairSeparators = { ';', ',', '|', '\n', '\r' };
    private static readonly bool[] AsciiPairSeparators = AsciiTable(PairSeparators);
    private static readonly char[] InnerSeparators = { '/', '>', '-', '\\', '—', '–', '→', '»', '›' };

    private readonly Dictionary<string, string> _primaryByKey = new(StringComparer.Ordinal);
    // String tables, not Dictionary<string, Category>...: fewer generic types to load at start-up (see StringTable).
    private readonly StringTable<Category> _byPairKey = new(StringComparer.Ordinal);
    private readonly StringTable<Category> _bySecondaryKey = new(StringComparer.Ordinal);
    private readonly StringTable<Category> _byId = new(StringComparer.OrdinalIgnoreCase);
    private readonly StringTable<PrimaryMask> _primaryMasks = new(StringComparer.OrdinalIgnoreCase);
    // Pairs as written, looked up, per language of the warnings (English, Chinese); bounded.
    private readonly BoundedCache<PairAnswer>[] _pairs = { new(4096), new(4096) };
    private readonly Func<string, PairAnswer>[] _readPair;
    // Every id is ASCII (so far all are): a text holding a CJK character, which is its own upper
    // case, can then equal none of them, and is not hashed ignoring case (that loads ICU at start).
    private readonly bool _asciiIds = true;

    /// <summary>Builds the catalogue; indices must be 0..n-1 in order.</summary>
    public CategoryCatalogue(IReadOnlyList<Category> categories)
    {
        All = categories ?? throw new ArgumentNullException(nameof(categories));
        _readPair = new Func<string, PairAnswer>[] { text => ReadPair(text, Language.English), text => ReadPair(text, Language.Chinese) };
        if (categories.Count > CategorySet.Capacity)
            throw new ArgumentException($"A rule set may define at most {CategorySet.Capacity} categories.", nameof(categories));
        foreach (var c in categories)
        {
            _byId[c.Id] = c;
            _asciiIds &= IsAscii(c.Id);
            foreach (var p in PrimaryNames(c)) _primaryByKey[TextNormalizer.Key(p)] = c.PrimaryId;
            if (!_primaryMasks.TryGetValue(c.PrimaryId, out var mask)) _primaryMasks[c.PrimaryId] = mask = new PrimaryMask();
            mask!.Set = mask.Set.With(c.Index);
            foreach (var s in SecondaryNames(c))
            {
                _byPairKey[c.PrimaryId + "\u0001" + TextNormalizer.Key(s)] = c;
                var sk = TextNormalizer.Key(s);
                // A secondary name shared by two primaries cannot stand alone.
                _bySecondaryKey[sk] = _bySecondaryKey.TryGetValue(sk, out var other) && other is not null && other != c ? null : c;
            }
        }
    }

    /// <summary>All categories in index order.</summary>
    public IReadOnlyList<Category> All { get; }

    /// <summary>The category with a stable id, or null.</summary>
    public Category? ById(string id) => TryById(id, out var c) ? c : null;

    private bool TryById(string text, out Category category)
    {
        if (_asciiIds && TextNormalizer.HasCjk(text))
        {
            category = null!;
            return false;
        }
        var found = _byId.TryGetValue(text, out var byId);
        category = byId!;
        return found;
    }

    private static bool IsAscii(string text)
    {
        foreach (var c in text)
            if (c >= '\u0080') return false;
        return true;
    }

    /// <summary>Whether a primary id is known.</summary>
    public bool HasPrimary(string primaryId) => _primaryMasks.ContainsKey(primaryId);

    /// <summary>All categories under a primary id.</summary>
    public CategorySet UnderPrimary(string primaryId) =>
        _primaryMasks.TryGetValue(primaryId, out var m) ? m!.Set : CategorySet.Empty;

    /// <summary>The set of categories.</summary>
    public IEnumerable<Category> Members(CategorySet set)
    {
        var members = new List<Category>(set.Count);
        foreach (var i in set.Indices()) members.Add(All[i]);
        return members;
    }

    /// <summary>Finds one category from one written pair (<c>社交/直播</c>, <c>社交 > 直播</c>, <c>social/live</c>, <c>直播</c>).</summary>
    public CategoryLookup Lookup(string pair)
    {
        var clean = TextNormalizer.Clean(pair);
        if (clean.Length == 0) return CategoryLookup.Empty;
        if (TryById(TextNormalizer.Key(clean), out var byId)) return new CategoryLookup(byId, clean, false);

        // Split at the first separator whose left side is a known primary (secondaries may hold '/').
        for (var i = clean.IndexOfAny(InnerSeparators); i >= 0; i = clean.IndexOfAny(InnerSeparators, i + 1))
        {
            var left = TextNormalizer.Key(clean.Substring(0, i));
            if (!_primaryByKey.TryGetValue(left, out var primaryId)) continue;
            var right = TextNormalizer.Key(clean.Substring(i + 1).TrimStart(InnerSeparators).Trim());
            if (_byPairKey.TryGetValue(primaryId + "\u0001" + right, out var hit)) return new CategoryLookup(hit!, clean, false);
        }
        if (_bySecondaryKey.TryGetValue(TextNormalizer.Key(clean), out var lone) && lone is not null)
            return new CategoryLookup(lone, clean, true);
        return new CategoryLookup(null, clean, false);
    }

    /// <summary>
    /// Parses written category lists (each item may hold several pairs). Unknown names stay out of
    /// the set and come back as warnings with the nearest known name.
    /// </summary>
    public CategoryParse Parse(IEnumerable<string?> items, Language language)
    {
        var which = language == Language.Chinese ? 1 : 0;
        var pairs = _pairs[which];
        var readPair = _readPair[which];
        var parse = new ListParse();
        var list = items as IReadOnlyList<string?> ?? new List<string?>(items ?? Array.Empty<string?>());
        for (var n = 0; n < list.Count; n++)
        {
            var item = list[n];
            if (string.IsNullOrEmpty(item)) continue;
            var folded = TextNormalizer.FoldNfkc(item!);
            for (var start = 0; ; )
            {
                var separator = folded.IndexOfAny(PairSeparators, start);
                var end = separator < 0 ? folded.Length : separator;
                // Inventories write a few hundred pairs over and over: each is looked up once.
                parse.Add(pairs.Get(folded, start, end - start, readPair));
                if (separator < 0) break;
                start = separator + 1;
            }
        }
        return parse.Result(language);
    }

    /// <summary>Whether a character (of folded text) separates the pairs of a list, as <see cref="Parse"/> splits them.</summary>
    internal static bool IsPairSeparator(char c) =>
        c < AsciiPairSeparators.Length ? AsciiPairSeparators[c] : Array.IndexOf(PairSeparators, c) >= 0;

    private static bool[] AsciiTable(char[] chars)
    {
        var table = new bool[128];
        foreach (var c in chars)
            if (c < table.Length) table[c] = true;
        return table;
    }

    /// <summary>
    /// One written pair (the text between two separators of a list, as written, before folding),
    /// looked up as <see cref="Parse"/> looks up the pairs of a list: for a caller that splits
    /// lists itself (see <see cref="Utf8ListParser"/>) and keeps the answers by their bytes.
    /// </summary>
    internal PairAnswer Pair(string written, Language language)
    {
        var which = language == Language.Chinese ? 1 : 0;
        var folded = TextNormalizer.FoldNfkc(written);
        return _pairs[which].Get(folded, 0, folded.Length, _readPair[which]);
    }

    /// <summary>The parse of one list from its pairs' answers (<see cref="Pair"/>), in order: what <see cref="Parse"/> gives for that list.</summary>
    internal static CategoryParse Combine(IReadOnlyList<PairAnswer> pairs, int count, Language language)
    {
        var parse = new ListParse();
        for (var i = 0; i < count; i++) parse.Add(pairs[i]);
        return parse.Result(language);
    }

    // What a list's pairs add up to: the set, and the warnings (once per name, the first few
    // unknown ones only: a hostile cell can hold a million names), then the list's own warnings.
    private struct ListParse
    {
        private CategorySet _set;
        private List<Message>? _warnings;
        private HashSet<string>? _warned;
        private int _written;
        private int _unknownNotWarned;

        public void Add(PairAnswer pair)
        {
            if (pair.Lookup.Written.Length == 0) return;
            _written++;
            if (pair.Lookup.Category is { } c) _set = _set.With(c.Index);
            if (pair.Warning is not { } warning || (_warned ??= new HashSet<string>(StringComparer.Ordinal)).Contains(pair.Lookup.Written)) return;
            if (pair.Lookup.Category is null && _warned.Count >= MaxUnknownWarnings) _unknownNotWarned++;
            else
            {
                _warned.Add(pair.Lookup.Written);
                (_warnings ??= new List<Message>()).Add(warning);
            }
        }

        public CategoryParse Result(Language language)
        {
            if (_unknownNotWarned > 0)
                (_warnings ??= new List<Message>()).Add(new Message("unknown-category", Messages.Format(language, "warning.more-unknown-categories", _unknownNotWarned)));
            if (_written > 5)
                (_warnings ??= new List<Message>()).Add(new Message("too-many-categories", Messages.Format(language, "warning.too-many-categories", _written)));
            return new CategoryParse(_set, _warnings ?? (IReadOnlyList<Message>)Array.Empty<Message>());
        }
    }

    private const int MaxUnknownWarnings = 10;
    private const int MaxQuoted = 80;

    private static string Shorten(string value) => value.Length <= MaxQuoted ? value : value.Substring(0, MaxQuoted) + "…";

    private PairAnswer ReadPair(string raw, Language language)
    {
        var lookup = Lookup(raw);
        if (lookup.Written.Length == 0) return new PairAnswer(lookup, null);
        if (lookup.Category is { } c)
            return new PairAnswer(lookup, lookup.FromSecondaryOnly
                ? new Message("lone-secondary", Messages.Format(language, "warning.lone-secondary", Shorten(lookup.Written), c.ChineseName))
                : null);
        var near = NearestName(lookup.Written);
        var hint = near is null ? string.Empty : Messages.Format(language, "common.did-you-mean", near);
        return new PairAnswer(lookup, new Message("unknown-category", Messages.Format(language, "warning.unknown-category", Shorten(lookup.Written), hint)));
    }

    /// <summary>A pair looked up, with the warning it gives (unknown name, lone secondary), if any.</summary>
    internal sealed record PairAnswer(CategoryLookup Lookup, Message? Warning);

    /// <summary>The known Chinese pair name closest to a written one.</summary>
    public string? NearestName(string written)
    {
        var names = new string[All.Count];
        for (var i = 0; i < names.Length; i++) names[i] = All[i].ChineseName;
        return Nearest.Find(written, names);
    }

    // The categories under one primary; a class, so the table of them needs no code generated at start-up.
    private sealed class PrimaryMask
    {
        public CategorySet Set;
    }

    // Lists and loops rather than LINQ: every category goes through these when a single answer starts.
    private static List<string> PrimaryNames(Category c) =>
        NonEmpty(c.Primary.Zh, c.Primary.En, c.PrimaryId, c.PrimaryAliases);

    private static List<string> SecondaryNames(Category c) =>
        NonEmpty(c.Secondary.Zh, c.Secondary.En, c.Id.Substring(c.PrimaryId.Length + 1), c.SecondaryAliases);

    private static List<string> NonEmpty(string zh, string en, string id, IReadOnlyList<string> aliases)
    {
        var names = new List<string>(3 + aliases.Count);
        if (zh.Length > 0) names.Add(zh);
        if (en.Length > 0) names.Add(en);
        if (id.Length > 0) names.Add(id);
        for (var i = 0; i < aliases.Count; i++)
            if (aliases[i].Length > 0) names.Add(aliases[i]);
        return names;
    }
}

/// <summary>The result of looking up one written pair.</summary>
/// <param name="Category">The category found, or null.</param>
/// <param name="Written">The cleaned text as written.</param>
/// <param name="FromSecondaryOnly">True when only a secondary name was written and it was unique.</param>
public sealed record CategoryLookup(Category? Category, string Written, bool FromSecondaryOnly)
{
    /// <summary>Nothing written.</summary>
    public static CategoryLookup Empty { get; } = new(null, string.Empty, false);
}

/// <summary>The result of parsing a program's categories.</summary>
public sealed record CategoryParse(CategorySet Set, IReadOnlyList<Message> Warnings);
