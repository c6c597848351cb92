namespace LiveAccess.Core.Domain;

/// <summary>The source a decision rests on: a document, the section (场景 or list) and its date.</summary>
public sealed record Provenance(string Source, string Title, string? Section, string? Date, string? Url)
{
    /// <inheritdoc />
    public override string ToString() =>
        Section is null ? $"{Title} ({Date})" : $"{Title} {Section} ({Date})";
}
