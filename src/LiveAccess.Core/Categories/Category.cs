using System.Collections.Generic;
using LiveAccess.Core.Text;

namespace LiveAccess.Core.Categories;

/// <summary>A WeChat service category (服务类目): a primary/secondary pair with a stable id.</summary>
public sealed record Category
{
    /// <summary>Index in the catalogue (bit in a <see cref="CategorySet"/>).</summary>
    public required int Index { get; init; }
    /// <summary>Stable id <c>primary-id/secondary-id</c>, e.g. <c>social/live</c>.</summary>
    public required string Id { get; init; }
    /// <summary>Id of the primary, e.g. <c>social</c>.</summary>
    public required string PrimaryId { get; init; }
    /// <summary>Primary name as WeChat's component table writes it (Chinese / English).</summary>
    public required LocalizedText Primary { get; init; }
    /// <summary>Secondary name (Chinese / English).</summary>
    public required LocalizedText Secondary { get; init; }
    /// <summary>Other Chinese names of the primary (renamed ones, e.g. 教育服务).</summary>
    public IReadOnlyList<string> PrimaryAliases { get; init; } = System.Array.Empty<string>();
    /// <summary>Other names of the secondary (renamed ones, e.g. 汽车预售).</summary>
    public IReadOnlyList<string> SecondaryAliases { get; init; } = System.Array.Empty<string>();

    /// <summary>The Chinese pair, e.g. <c>社交/直播</c>.</summary>
    public string ChineseName => Primary.Zh + "/" + Secondary.Zh;
    /// <summary>The English pair, e.g. <c>Social/Live streaming</c>.</summary>
    public string EnglishName => Primary.En + "/" + Secondary.En;

    /// <summary>The display name in a language; Chinese names are what WeChat's console shows, so English adds them.</summary>
    public string DisplayName(Language language) =>
        language == Language.Chinese ? ChineseName : ChineseName + " (" + EnglishName + ")";
}
