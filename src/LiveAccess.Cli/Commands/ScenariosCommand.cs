using System.Linq;
using LiveAccess.Cli.Output;
using LiveAccess.Core.Rules;

namespace LiveAccess.Cli.Commands;

/// <summary><c>liveaccess scenarios</c>: the live scenarios, their names, the words inventories may use and their source.</summary>
internal sealed class ScenariosCommand : ListingCommand
{
    public override string Name => "scenarios";

    protected override Listing List(RuleSet rules, CliSession session)
    {
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
        return listing;
    }
}
