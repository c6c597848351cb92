using System;
using System.Collections.Generic;
using LiveAccess.Cli.Arguments;
using LiveAccess.Cli.Running;
using LiveAccess.Core.Reports;

namespace LiveAccess.Cli.Commands;

/// <summary>
/// <c>liveaccess check</c>: the pipeline gate. Writes the same report as <c>plan</c>, then exits 1
/// when a decision fails the gate (<c>--fail-on ineligible</c>, the default, or <c>conditional</c>).
/// </summary>
internal sealed class CheckCommand : ICliCommand
{
    public string Name => "check";
    public string SummaryKey => "help.command.check";
    public IReadOnlyList<string> Usage { get; } = new[]
    {
        "check --input FILE [--fail-on ineligible|conditional] [--format FORMAT] [--output FILE] [--report FORMAT=FILE]... [--annotations github|azure|none] [options]",
        "check --app-id APPID --entity TYPE [--category PAIR]... --scenario ID [options]",
    };
    public IReadOnlyList<OptionSpec> Options { get; } = CommonOptions.With(CommonOptions.Deciding, CommonOptions.FailOn, ReportOptions.Annotations, ReportOptions.Report);
    public IReadOnlyList<ArgumentSpec> Arguments => Array.Empty<ArgumentSpec>();
    public IReadOnlyList<string> HelpNotes { get; } = new[] { "help.note.check-examples", "help.note.check-ci", "help.note.exit-codes-check" };

    public int Run(CliSession session, ParsedArguments arguments)
    {
        var failOn = arguments.Value(CommonOptions.FailOn) == "conditional" ? FailOn.Conditional : FailOn.Ineligible;
        return DecisionJob.Run(session, arguments, new GatePolicy(failOn));
    }
}
