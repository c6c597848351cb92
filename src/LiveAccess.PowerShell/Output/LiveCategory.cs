namespace LiveAccess;

/// <summary>A WeChat service category (服务类目) the rules know (Get-LiveCategory).</summary>
public sealed class LiveCategory
{
    /// <summary>Stable id, e.g. social/live.</summary>
    public string Id { get; internal set; } = string.Empty;
    /// <summary>The Chinese pair as WeChat's console shows it, e.g. 社交/直播.</summary>
    public string Name { get; internal set; } = string.Empty;
    /// <summary>The English pair, e.g. Social/Live streaming.</summary>
    public string EnglishName { get; internal set; } = string.Empty;
    /// <summary>Primary (一级) id, e.g. social.</summary>
    public string PrimaryId { get; internal set; } = string.Empty;
    /// <summary>Primary name in Chinese.</summary>
    public string Primary { get; internal set; } = string.Empty;
    /// <summary>Secondary (二级) name in Chinese.</summary>
    public string Secondary { get; internal set; } = string.Empty;
    /// <summary>Other spellings accepted for the primary or secondary (renamed ones).</summary>
    public string[] Aliases { get; internal set; } = System.Array.Empty<string>();
    /// <summary>Scenarios in which the category opens a plan.</summary>
    public string[] Scenarios { get; internal set; } = System.Array.Empty<string>();
    /// <summary>Plans the category opens in some scenario.</summary>
    public string[] Plans { get; internal set; } = System.Array.Empty<string>();

    /// <inheritdoc />
    public override string ToString() => Name;
}
