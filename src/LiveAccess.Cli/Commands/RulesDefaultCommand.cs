using System.Collections.Generic;
using LiveAccess.Cli.Arguments;
using LiveAccess.Core.Rules;

namespace LiveAccess.Cli.Commands;

/// <summary>
/// <c>liveaccess rules default</c>: prints the embedded default rule file, the starting point for
/// an ops team's own rule file (docs/rules.md).
/// </summary>
internal sealed class RulesDefaultCommand : ICliCommand
{
    private static readonly OptionSpec[] DefaultOptions = { CommonOptions.Lang, CommonOptions.Debug, CommonOptions.Help };

    public string Name => "rules default";
    public string SummaryKey => "help.command.rules-default";
    public IReadOnlyList<string> Usage { get; } = new[] { "rules default > my-rules.yaml" };
    public IReadOnlyList<OptionSpec> Options => DefaultOptions;
    public IReadOnlyList<ArgumentSpec> Arguments { get; } = System.Array.Empty<ArgumentSpec>();
    public IReadOnlyList<string> HelpNotes { get; } = System.Array.Empty<string>();

    public int Run(CliSession session, ParsedArguments arguments)
    {
        session.Out.Write(RuleSetLoader.DefaultText());
        return ExitCodes.Success;
    }
}
