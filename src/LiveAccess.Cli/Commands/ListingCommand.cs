using System;
using System.Collections.Generic;
using LiveAccess.Cli.Arguments;
using LiveAccess.Cli.Output;
using LiveAccess.Cli.Running;
using LiveAccess.Core.Rules;

namespace LiveAccess.Cli.Commands;

/// <summary>
/// A command that lists facts of the rule set (<c>categories</c>, <c>scenarios</c>): the rules from
/// <c>--rules</c> or the defaults, one listing, written as a table, JSON or CSV; always exit 0.
/// A listing command says only what it lists.
/// </summary>
internal abstract class ListingCommand : ICliCommand
{
    public abstract string Name { get; }
    public string SummaryKey => "help.command." + Name;
    public IReadOnlyList<string> Usage => new[] { Name + " [--format table|json|csv] [--rules FILE] [options]" };
    public IReadOnlyList<OptionSpec> Options => CommonOptions.Listing;
    public IReadOnlyList<ArgumentSpec> Arguments => Array.Empty<ArgumentSpec>();
    public IReadOnlyList<string> HelpNotes { get; } = new[] { "help.note.exit-codes-info" };

    public int Run(CliSession session, ParsedArguments arguments)
    {
        ListingOutput.Write(session, arguments, List(RuleChoice.Load(session, arguments), session));
        return ExitCodes.Success;
    }

    /// <summary>The rows of the listing, in the session's language.</summary>
    protected abstract Listing List(RuleSet rules, CliSession session);
}
