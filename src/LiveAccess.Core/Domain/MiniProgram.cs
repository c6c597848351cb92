using System.Collections.Generic;
using LiveAccess.Core.Categories;

namespace LiveAccess.Core.Domain;

/// <summary>A validated, normalised mini program: what the evaluator decides on.</summary>
public sealed record MiniProgram
{
    /// <summary>Creates a normalised program.</summary>
    public MiniProgram(string appId, EntityType entityType, CategorySet categories)
    {
        AppId = appId;
        EntityType = entityType;
        Categories = categories;
    }

    /// <summary>The AppID in lower case (<c>wx</c> + 16 hex digits).</summary>
    public string AppId { get; }
    /// <summary>Optional display name, carried through.</summary>
    public string? Name { get; init; }
    /// <summary>The entity type.</summary>
    public EntityType EntityType { get; }
    /// <summary>The known categories, as a set over the rule set's catalogue.</summary>
    public CategorySet Categories { get; }
    /// <summary>The requested scenario id, or null for every scenario.</summary>
    public string? Scenario { get; init; }
    /// <summary>Warnings found while normalising (unknown categories, duplicates...).</summary>
    public IReadOnlyList<Message> Warnings { get; init; } = System.Array.Empty<Message>();
    /// <summary>Where the program came from.</summary>
    public SourceLocation? Source { get; init; }
}
