namespace LiveAccess;

/// <summary>A live content scenario the rules know (Get-LiveScenario).</summary>
public sealed class LiveScenario
{
    /// <summary>Stable id, e.g. ecommerce.</summary>
    public string Id { get; internal set; } = string.Empty;
    /// <summary>Name in the chosen language.</summary>
    public string Name { get; internal set; } = string.Empty;
    /// <summary>Chinese name.</summary>
    public string ChineseName { get; internal set; } = string.Empty;
    /// <summary>English name.</summary>
    public string EnglishName { get; internal set; } = string.Empty;
    /// <summary>Other words an inventory may use (场景2, 电商...).</summary>
    public string[] Aliases { get; internal set; } = System.Array.Empty<string>();
    /// <summary>Section of the source that defines it, e.g. 场景2.</summary>
    public string? Section { get; internal set; }
    /// <summary>The source document that defines it.</summary>
    public string Source { get; internal set; } = string.Empty;
    /// <summary>Scenarios whose routes apply here too.</summary>
    public string[] Includes { get; internal set; } = System.Array.Empty<string>();
    /// <summary>Plans some route of the scenario opens.</summary>
    public string[] Plans { get; internal set; } = System.Array.Empty<string>();
    /// <summary>Notes shown as warnings on every answer in the scenario.</summary>
    public string[] Notes { get; internal set; } = System.Array.Empty<string>();

    /// <inheritdoc />
    public override string ToString() => Id;
}
