using System;
using LiveAccess.Cli.Arguments;
using LiveAccess.Cli.Commands;
using LiveAccess.Core.Ci;
using LiveAccess.Core.Reports;

namespace LiveAccess.Cli.Running;

/// <summary>
/// The CI annotations of <c>check</c>: <c>--annotations</c>, else the CI the environment names
/// (<c>GITHUB_ACTIONS</c>, <c>TF_BUILD</c>). The inventory path in the context is already relative
/// to the checkout (see <see cref="DecisionJob"/>), so no base directory is given; the job summary
/// goes where <see cref="CiSystems.SummaryPath"/> says.
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
        return AnnotationWriters.For(system, context with { Output = output },
            new AnnotationOptions { SummaryPath = CiSystems.SummaryPath(system, Environment.GetEnvironmentVariable) });
    }
}
