using System;
using System.Collections.Generic;
using System.Linq;
using LiveAccess.Cli.Arguments;
using LiveAccess.Cli.Output;
using LiveAccess.Cli.Running;
using LiveAccess.Core.Text;

namespace LiveAccess.Cli.Commands;

/// <summary><c>liveaccess categories</c>: the category catalogue with its Chinese and English names and accepted spellings.</summary>
internal sealed class CategoriesCommand : ICliCommand
{
    public string Name => "categories";
    public string SummaryKey => "help.command.categories";
    public IReadOnlyList<string> Usage { get; } = new[] { "categories [--format table|json|csv] [--rules FILE] [options]" };
    public IReadOnlyList<OptionSpec> Options => CommonOptions.Listing;
    public IReadOnlyList<ArgumentSpec> Arguments => Array.Empty<ArgumentSpec>();
    public IReadOnlyList<string> HelpNotes { get; } = new[] { "help.note.exit-codes-info" };

    public int Run(CliSession session, ParsedArguments arguments)
    {
        var rules = RuleChoice.Load(session, arguments);
        var listing = new Listing(
            new ListingColumn("id", "list.header.id", Wraps: false),
            new ListingColumn("chinese", "list.header.chinese", InTable: session.Language == Language.Chinese),
            new ListingColumn("english", "list.header.english", InTable: false),
            new ListingColumn("name", "list.header.name", InTable: session.Language == Language.English, InData: false),
            new ListingColumn("aliases", "list.header.aliases"));
        foreach (var c in rules.Categories.All)
        {
            var aliases = c.PrimaryAliases.Select(p => p + "/" + c.Secondary.Zh)
                .Concat(c.SecondaryAliases.Select(s => c.Primary.Zh + "/" + s))
                .Concat(c.PrimaryAliases.SelectMany(p => c.SecondaryAliases.Select(s => p + "/" + s)))
                .ToArray();
            listing.Add(c.Id, c.ChineseName, c.EnglishName, c.DisplayName(Language.English), aliases);
        }
        ListingOutput.Write(session, arguments, listing);
        return ExitCodes.Success;
    }
}
