namespace LiveAccess.Core.Domain;

/// <summary>A row that could not be read or validated: reported, never silently dropped.</summary>
/// <param name="Code">Stable error id, e.g. <c>bad-app-id</c>, <c>unknown-entity-type</c>, <c>malformed-row</c>.</param>
/// <param name="Message">What is wrong and how to fix it, in the chosen language.</param>
/// <param name="Source">File and line, when known.</param>
/// <param name="AppId">The row's AppId as written, when known.</param>
public sealed record RowError(string Code, string Message, SourceLocation? Source, string? AppId)
{
    /// <inheritdoc />
    public override string ToString()
    {
        var where = Source is null ? string.Empty : Source + ": ";
        var app = string.IsNullOrEmpty(AppId) ? string.Empty : "[" + AppId + "] ";
        return where + app + Message;
    }
}
