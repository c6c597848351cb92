namespace LiveAccess.Core.Domain;

/// <summary>Where an input row came from: a file (or <c>-</c> for stdin) and a 1-based line.</summary>
public sealed record SourceLocation(string File, int Line)
{
    /// <inheritdoc />
    public override string ToString() => Line > 0 ? $"{File}:{Line}" : File;
}
