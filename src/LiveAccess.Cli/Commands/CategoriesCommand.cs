using System.Linq;
using LiveAccess.Cli.Output;
using LiveAccess.Core.Rules;
using LiveAccess.Core.Text;

namespace LiveAccess.Cli.Commands;

/// <summary><c>liveaccess categories</c>: the category catalogue with its Chinese and English names and accepted spellings.</summary>
internal sealed class CategoriesCommand : ListingCommand
{
    public override string Name => "categories";

    protected override Listing List(RuleSet rules, CliSession session)
    {
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
        return listing;
    }
}
