namespace LiveAccess;

/// <summary>A document a decision rests on: which source, which section (场景 or list) and its date.</summary>
public sealed class ResultSource
{
    /// <summary>Source id, e.g. tencent-plans.</summary>
    public string Source { get; internal set; } = string.Empty;
    /// <summary>Title in the chosen language.</summary>
    public string Title { get; internal set; } = string.Empty;
    /// <summary>Section, e.g. 场景2.</summary>
    public string? Section { get; internal set; }
    /// <summary>The document's date, or when it was read.</summary>
    public string? Date { get; internal set; }
    /// <summary>Where to read it.</summary>
    public string? Url { get; internal set; }

    /// <inheritdoc />
    public override string ToString() => Section is null ? $"{Title} ({Date})" : $"{Title} {Section} ({Date})";
}
