using System;
using System.Collections.Generic;
using LiveAccess.Cli.Arguments;
using LiveAccess.Cli.Running;

namespace LiveAccess.Cli.Commands;

/// <summary><c>liveaccess plan</c>: every program's decisions, in the chosen format.</summary>
internal sealed class PlanCommand : ICliCommand
{
    public string Name => "plan";
    public string SummaryKey => "help.command.plan";
    public IReadOnlyList<string> Usage { get; } = new[]
    {
        "plan --input FILE [--format FORMAT] [--output FILE] [--report FORMAT=FILE]... [options]",
        "plan --app-id APPID --entity TYPE [--category PAIR]... [--scenario ID] [options]",
    };
    public IReadOnlyList<OptionSpec> Options { get; } = CommonOptions.With(CommonOptions.Deciding, ReportOptions.Report);
    public IReadOnlyList<ArgumentSpec> Arguments => Array.Empty<ArgumentSpec>();
    public IReadOnlyList<string> HelpNotes { get; } = new[] { "help.note.plan-examples", "help.note.exit-codes-plan" };

    public int Run(CliSession session, ParsedArguments arguments) => DecisionJob.Run(session, arguments, gate: null);
}
