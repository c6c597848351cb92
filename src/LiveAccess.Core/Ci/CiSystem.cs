using System;
using System.IO;

namespace LiveAccess.Core.Ci;

/// <summary>The CI system whose log commands the gate writes (<c>--annotations</c>).</summary>
public enum CiSystem
{
    /// <summary>No annotations: plain output only.</summary>
    None,
    /// <summary>GitHub Actions workflow commands (<c>::error</c>) and the job summary.</summary>
    GitHub,
    /// <summary>Azure DevOps logging commands (<c>##vso[...]</c>) and the build summary.</summary>
    Azure,
}

/// <summary>Choosing the CI system: from the environment, or from <c>--annotations</c>.</summary>
public static class CiSystems
{
    /// <summary>The values <c>--annotations</c> accepts.</summary>
    public static readonly string[] Names = { "github", "azure", "none" };

    /// <summary>
    /// GitHub Actions when <c>GITHUB_ACTIONS</c> is <c>true</c>, Azure DevOps when <c>TF_BUILD</c>
    /// is <c>True</c> (both case-insensitive), otherwise none.
    /// </summary>
    public static CiSystem Detect(Func<string, string?> environment)
    {
        if (environment is null) throw new ArgumentNullException(nameof(environment));
        if (IsTrue(environment("GITHUB_ACTIONS"))) return CiSystem.GitHub;
        if (IsTrue(environment("TF_BUILD"))) return CiSystem.Azure;
        return CiSystem.None;
    }

    /// <summary>The system from the process environment.</summary>
    public static CiSystem DetectFromProcess() => Detect(Environment.GetEnvironmentVariable);

    /// <summary>
    /// The checkout the CI runs in (<c>GITHUB_WORKSPACE</c>, else <c>BUILD_SOURCESDIRECTORY</c>), which
    /// paths in annotations and SARIF are relative to; null outside CI.
    /// </summary>
    public static string? RepositoryRoot(Func<string, string?> environment)
    {
        if (environment is null) throw new ArgumentNullException(nameof(environment));
        foreach (var name in new[] { "GITHUB_WORKSPACE", "BUILD_SOURCESDIRECTORY" })
            if (environment(name) is { Length: > 0 } value) return value;
        return null;
    }

    /// <summary>
    /// Where the job summary goes, from the CI's variables: <c>$GITHUB_STEP_SUMMARY</c> on GitHub (no
    /// summary when it is unset); on Azure DevOps, which uploads the file, a new folder under
    /// <c>AGENT_TEMPDIRECTORY</c> (else the temp folder) holding <c>LiveAccess.md</c>, so runs never
    /// overwrite each other and the build summary's section is named LiveAccess; null otherwise.
    /// </summary>
    public static string? SummaryPath(CiSystem system, Func<string, string?> environment)
    {
        if (environment is null) throw new ArgumentNullException(nameof(environment));
        return system switch
        {
            CiSystem.GitHub => NullIfBlank(environment("GITHUB_STEP_SUMMARY")),
            CiSystem.Azure => Path.Combine(NullIfBlank(environment("AGENT_TEMPDIRECTORY")) ?? Path.GetTempPath(),
                "liveaccess-" + Guid.NewGuid().ToString("N"), "LiveAccess.md"),
            _ => null,
        };
    }

    /// <summary>Parses <c>github</c>, <c>azure</c> or <c>none</c> (case-insensitive).</summary>
    public static bool TryParse(string? value, out CiSystem system)
    {
        system = CiSystem.None;
        switch (value?.Trim().ToUpperInvariant())
        {
            case "GITHUB": system = CiSystem.GitHub; return true;
            case "AZURE": system = CiSystem.Azure; return true;
            case "NONE": return true;
            default: return false;
        }
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static bool IsTrue(string? value) => string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
}
