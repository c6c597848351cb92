namespace LiveAccess.Core.Ci;

/// <summary>Where annotations point and where the job summary goes; the CLI fills these from the CI's environment.</summary>
public sealed record AnnotationOptions
{
    /// <summary>
    /// The repository root that file paths are made relative to (<c>GITHUB_WORKSPACE</c>,
    /// <c>BUILD_SOURCESDIRECTORY</c>); the current directory when null.
    /// </summary>
    public string? BaseDirectory { get; init; }

    /// <summary>
    /// The Markdown summary file: appended to (GitHub's <c>$GITHUB_STEP_SUMMARY</c>), or written and
    /// uploaded with <c>task.uploadsummary</c> (Azure DevOps). No summary when null.
    /// </summary>
    public string? SummaryPath { get; init; }

    /// <summary>The most annotation lines of each kind (error, warning); a notice counts the rest.</summary>
    public int MaxPerKind { get; init; } = 1000;

    /// <summary>The most rows of each table in the summary.</summary>
    public int SummaryMaxRows { get; init; } = Reports.SummaryDecisionWriter.DefaultMaxRows;
}
