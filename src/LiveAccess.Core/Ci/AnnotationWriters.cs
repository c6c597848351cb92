using System;
using LiveAccess.Core.Reports;

namespace LiveAccess.Core.Ci;

/// <summary>The annotation writer of each CI system, so every front annotates the same way.</summary>
public static class AnnotationWriters
{
    /// <summary>
    /// GitHub workflow commands or Azure DevOps logging commands written to the context's output;
    /// null for <see cref="CiSystem.None"/> (plain output only).
    /// </summary>
    public static IDecisionWriter? For(CiSystem system, ReportContext context, AnnotationOptions options)
    {
        if (context is null) throw new ArgumentNullException(nameof(context));
        return system switch
        {
            CiSystem.GitHub => new GitHubAnnotationWriter(context, options),
            CiSystem.Azure => new AzureAnnotationWriter(context, options),
            _ => null,
        };
    }
}
