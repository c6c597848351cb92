using System.Collections.Generic;

namespace LiveAccess.Core.Domain;

/// <summary>
/// One mini program as it was written in an inventory or bound from a pipeline object:
/// raw text, not yet validated. <see cref="Evaluation.ProgramNormalizer"/> turns it into a <see cref="MiniProgram"/>.
/// </summary>
public sealed record InventoryRow
{
    /// <summary>The AppID as written.</summary>
    public string? AppId { get; init; }
    /// <summary>Optional display name.</summary>
    public string? Name { get; init; }
    /// <summary>Entity type as written (English id or Chinese word).</summary>
    public string? EntityType { get; init; }
    /// <summary>Categories as written: each item may hold several pairs separated by <c>;</c>, <c>,</c>, <c>|</c>.</summary>
    public IReadOnlyList<string> Categories { get; init; } = System.Array.Empty<string>();
    /// <summary>Scenario id or alias as written; empty for every scenario.</summary>
    public string? Scenario { get; init; }
    /// <summary>Where the row came from, when it came from a file.</summary>
    public SourceLocation? Source { get; init; }
    /// <summary>Notes from reading the row (e.g. extra fields ignored), carried into the decision's warnings.</summary>
    public IReadOnlyList<Message> Warnings { get; init; } = System.Array.Empty<Message>();
}
