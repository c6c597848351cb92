using System;
using LiveAccess.Core.Ci;

namespace LiveAccess.PowerShell.Engine;

/// <summary>
/// The CI the gate runs in and where its annotations point: chosen with -Style, or detected from
/// GITHUB_ACTIONS / TF_BUILD (the core's <see cref="CiSystems"/> reads the CI's variables).
/// </summary>
internal static class CiEnvironment
{
    /// <summary>The CI system for a -Style value (Detect, Plain, GitHubActions, AzurePipelines).</summary>
    public static CiSystem System(string? style) => style switch
    {
        "Plain" => CiSystem.None,
        "GitHubActions" => CiSystem.GitHub,
        "AzurePipelines" => CiSystem.Azure,
        _ => CiSystems.DetectFromProcess(),
    };

    /// <summary>
    /// Where annotations point (the checkout, as reports of this run name the inventory by its full
    /// path) and where the summary goes, from the CI's variables.
    /// </summary>
    public static AnnotationOptions Options(CiSystem system, Func<string, string?> environment) => new()
    {
        BaseDirectory = CiSystems.RepositoryRoot(environment),
        SummaryPath = CiSystems.SummaryPath(system, environment),
    };
}
