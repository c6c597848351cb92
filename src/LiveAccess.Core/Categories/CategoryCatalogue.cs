using System;
using System.Collections.Generic;
using System.Linq;
using LiveAccess.Core.Domain;
using LiveAccess.Core.Text;

namespace LiveAccess.Core.Categories;

/// <summary>
/// Every category a rule set knows, with all the spellings inventories use for it, and the parser
/// that turns a free-text category list into a <see cref="CategorySet"/>.
/// </summary>
public sealed class CategoryCatalogue
{
    private static readonly char[] PairSeparators = { ';', ',', '|', '\n', '\r' };
    private static readonly char[] InnerSeparators = { '/', '>', '-', '\\', '—', '–', '→', '»', '›' };

    private readonly Dictionary<string, string> _primaryByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Category> _byPairKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Category?> _bySecondaryKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Category> _byId = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, CategorySet> _primaryMasks = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Builds the catalogue; indices must be 0..n-1 in order.</summary>
    public CategoryCatalogue(IReadOnlyList<Category> categories)
    {
        All = categories ?? throw new ArgumentNullException(nameof(categories));
        if (categories.Count > CategorySet.Capacity)
            throw new ArgumentException($"A rule set may define at most {CategorySet.Capacity} categories.", nameof(categories));
        foreach (var c in categories)
        {
            _byId[c.Id] = c;
            foreach (var p in PrimaryNames(c)) _primaryByKey[TextNormalizer.Key(p)] = c.PrimaryId;
            _primaryMasks[c.PrimaryId] = (_primaryMasks.TryGetValue(c.PrimaryId, out var m) ? m : CategorySet.Empty).With(c.Index);
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
    public Category? ById(string id) => _byId.TryGetValue(id, out var c) ? c : null;

    /// <summary>Whether a primary id is known.</summary>
    public bool HasPrimary(string primaryId) => _primaryMasks.ContainsKey(primaryId);

    /// <summary>All categories under a primary id.</summary>
    public CategorySet UnderPrimary(string primaryId) =>
        _primaryMasks.TryGetValue(primaryId, out var m) ? m : CategorySet.Empty;

    /// <summary>The set of categories.</summary>
    public IEnumerable<Category> Members(CategorySet set) => set.Indices().Select(i => All[i]);

    /// <summary>Finds one category from one written pair (<c>社交/直播</c>, <c>社交 > 直播</c>, <c>social/live</c>, <c>直播</c>).</summary>
    public CategoryLookup Lookup(string pair)
    {
        var clean = TextNormalizer.Clean(pair);
        if (clean.Length == 0) return CategoryLookup.Empty;
        if (_byId.TryGetValue(TextNormalizer.Key(clean), out var byId)) return new CategoryLookup(byId, clean, false);

        // Split at the first separator whose left side is a known primary (secondaries may hold '/').
        for (var i = clean.IndexOfAny(InnerSeparators); i >= 0; i = clean.IndexOfAny(InnerSeparators, i + 1))
        {
            var left = TextNormalizer.Key(clean.Substring(0, i));
            if (!_primaryByKey.TryGetValue(left, out var primaryId)) continue;
            var right = TextNormalizer.Key(clean.Substring(i + 1).TrimStart(InnerSeparators).Trim());
            if (_byPairKey.TryGetValue(primaryId + "\u0001" + right, out var hit)) return new CategoryLookup(hit, clean, false);
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
        var set = CategorySet.Empty;
        var warnings = new List<Message>();
        var written = 0;
        // A hostile cell can hold a million names: warn once per name, about the first few only.
        var warned = new HashSet<string>(StringComparer.Ordinal);
        var unknownNotWarned = 0;
        foreach (var item in items ?? Array.Empty<string?>())
        {
            if (string.IsNullOrEmpty(item)) continue;
            foreach (var raw in item!.Normalize(System.Text.NormalizationForm.FormKC).Split(PairSeparators))
            {
                var lookup = Lookup(raw);
                if (lookup.Written.Length == 0) continue;
                written++;
                if (lookup.Category is { } c)
                {
                    set = set.With(c.Index);
                    if (lookup.FromSecondaryOnly && warned.Add(lookup.Written))
                        warnings.Add(new Message("lone-secondary", Messages.Format(language, "warning.lone-secondary", Shorten(lookup.Written), c.ChineseName)));
                }
                else if (!warned.Contains(lookup.Written))
                {
                    if (warned.Count >= MaxUnknownWarnings)
                    {
                        unknownNotWarned++;
                        continue;
                    }
                    warned.Add(lookup.Written);
                    var near = NearestName(lookup.Written);
                    var hint = near is null ? string.Empty : Messages.Format(language, "common.did-you-mean", near);
                    warnings.Add(new Message("unknown-category", Messages.Format(language, "warning.unknown-category", Shorten(lookup.Written), hint)));
                }
            }
        }
        if (unknownNotWarned > 0)
            warnings.Add(new Message("unknown-category", Messages.Format(language, "warning.more-unknown-categories", unknownNotWarned)));
        if (written > 5)
            warnings.Add(new Message("too-many-categories", Messages.Format(language, "warning.too-many-categories", written)));
        return new CategoryParse(set, warnings);
    }

    private const int MaxUnknownWarnings = 10;
    private const int MaxQuoted = 80;

    private static string Shorten(string value) => value.Length <= MaxQuoted ? value : value.Substring(0, MaxQuoted) + "…";

    /// <summary>The known Chinese pair name closest to a written one.</summary>
    public string? NearestName(string written) => Nearest.Find(written, All.Select(c => c.ChineseName));

    private static IEnumerable<string> PrimaryNames(Category c) =>
        new[] { c.Primary.Zh, c.Primary.En, c.PrimaryId }.Concat(c.PrimaryAliases).Where(s => s.Length > 0);

    private static IEnumerable<string> SecondaryNames(Category c) =>
        new[] { c.Secondary.Zh, c.Secondary.En, c.Id.Substring(c.PrimaryId.Length + 1) }.Concat(c.SecondaryAliases).Where(s => s.Length > 0);
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
