using System;
using System.Collections.Generic;
using System.Linq;
using LiveAccess.Cli.Arguments;
using LiveAccess.Cli.Output;
using LiveAccess.Cli.Running;

namespace LiveAccess.Cli.Commands;

/// <summary><c>liveaccess scenarios</c>: the live scenarios, their names, the words inventories may use and their source.</summary>
internal sealed class ScenariosCommand : ICliCommand
{
    public string Name => "scenarios";
    public string SummaryKey => "help.command.scenarios";
    public IReadOnlyList<string> Usage { get; } = new[] { "scenarios [--format table|json|csv] [--rules FILE] [options]" };
    public IReadOnlyList<OptionSpec> Options => CommonOptions.Listing;
    public IReadOnlyList<ArgumentSpec> Arguments => Array.Empty<ArgumentSpec>();
    public IReadOnlyList<string> HelpNotes { get; } = new[] { "help.note.exit-codes-info" };

    public int Run(CliSession session, ParsedArguments arguments)
    {
        var rules = RuleChoice.Load(session, arguments);
        var listing = new Listing(
            new ListingColumn("id", "list.header.id", Wraps: false),
            new ListingColumn("name", "list.header.name"),
            new ListingColumn("nameEn", "list.header.english", InTable: false),
            new ListingColumn("nameZh", "list.header.chinese", InTable: false),
            new ListingColumn("aliases", "list.header.aliases"),
            new ListingColumn("source", "list.header.source", InTable: false),
            new ListingColumn("section", "list.header.source"),
            new ListingColumn("date", "list.header.date", InTable: false),
            new ListingColumn("url", "list.header.url", InTable: false));
        foreach (var s in rules.Scenarios)
        {
            var provenance = rules.Provenance(s.Source, session.Language);
            listing.Add(s.Id, s.Name.In(session.Language), s.Name.En, s.Name.Zh, s.Aliases.ToArray(),
                provenance.Title, provenance.Section, provenance.Date, provenance.Url);
        }
        ListingOutput.Write(session, arguments, listing);
        return ExitCodes.Success;
    }
}
