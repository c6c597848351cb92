namespace LiveAccess.Core.Domain;

/// <summary>A coded, human-readable message: a reason, a remediation or a warning.</summary>
/// <param name="Code">A stable, machine-readable code (kebab-case), e.g. <c>individual-entity</c>.</param>
/// <param name="Text">The message in the chosen language.</param>
public sealed record Message(string Code, string Text)
{
    /// <inheritdoc />
    public override string ToString() => Text;
}
