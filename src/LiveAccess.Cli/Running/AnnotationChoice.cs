using System;
using System.IO;
using LiveAccess.Cli.Arguments;
using LiveAccess.Cli.Commands;
using LiveAccess.Core.Ci;
using LiveAccess.Core.Reports;

namespace LiveAccess.Cli.Running;

/// <summary>
/// The CI annotations of <c>check</c>: <c>--annotations</c>, else the CI the environment names
/// (<c>GITHUB_ACTIONS</c>, <c>TF_BUILD</c>). The inventory path in the context is already relative
/// to the checkout (see <see cref="DecisionJob"/>); GitHub's job summary is appended to
/// <c>$GITHUB_STEP_SUMMARY</c>, Azure's is written under <c>AGENT_TEMPDIRECTORY</c> and uploaded.
/// </summary>
internal static class AnnotationChoice
{
    /// <summary>
    /// The annotation writer, or null for none. Its lines go to standard output, or to standard
    /// error when the report itself is on standard output (both CIs read commands from either).
    /// </summary>
    public static IDecisionWriter? Create(CliSession session, ParsedArguments arguments, ReportContext context, bool reportOnStandardOutput)
    {
        var system = arguments.Value(ReportOptions.Annotations) is { } value && CiSystems.TryParse(value, out var chosen)
            ? chosen
            : CiSystems.DetectFromProcess();
        var output = reportOnStandardOutput ? session.Error : session.Out;
        var annotationContext = context with { Output = output };
        switch (system)
        {
            case CiSystem.GitHub:
                return new GitHubAnnotationWriter(annotationContext, new AnnotationOptions
                {
                    SummaryPath = Variable("GITHUB_STEP_SUMMARY"),
                });
            case CiSystem.Azure:
                var temp = Variable("AGENT_TEMPDIRECTORY") ?? Path.GetTempPath();
                return new AzureAnnotationWriter(annotationContext, new AnnotationOptions
                {
                    // The build summary names the section after the file.
                    SummaryPath = Path.Combine(temp, "liveaccess-" + Guid.NewGuid().ToString("N"), "LiveAccess.md"),
                });
            default:
                return null;
        }
    }

    private static string? Variable(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;
}
