using System.Linq;
using LiveAccess.Core.Rules;
using LiveAccess.Core.Text;

namespace LiveAccess.Core.Tests.Fuzz;

/// <summary>Values built to make the output explode: the warnings stay few and short.</summary>
public sealed class HostileValueTests
{
    private static readonly LiveAccess.Core.Categories.CategoryCatalogue Catalogue = RuleSetLoader.Default.Categories;

    [Fact]
    public void Thousands_of_unknown_categories_give_a_few_warnings_and_a_count_of_the_rest()
    {
        // One cell of a megabyte: each unknown name used to get its own warning with a nearest-name
        // search (60,000 warnings, 12 MB of JSON and 14 s for one row).
        var cell = string.Join(";", Enumerable.Range(0, 20_000).Select(i => $"未知{i}/类目{i}"));
        var parse = Catalogue.Parse(new[] { cell, "社交/直播" }, Language.English);
        Assert.Equal(Catalogue.Parse(new[] { "社交/直播" }, Language.English).Set, parse.Set);
        var unknown = parse.Warnings.Where(w => w.Code == "unknown-category").ToList();
        Assert.Equal(11, unknown.Count);
        Assert.Contains("19990 more unknown categories", unknown[^1].Text);
        Assert.Contains(parse.Warnings, w => w.Code == "too-many-categories" && w.Text.Contains("20001"));
    }

    [Fact]
    public void The_same_unknown_category_written_many_times_is_one_warning()
    {
        var parse = Catalogue.Parse(Enumerable.Repeat("宠物/猫", 5000).Append("直播；直播"), Language.Chinese);
        Assert.Single(parse.Warnings, w => w.Code == "unknown-category");
        Assert.Single(parse.Warnings, w => w.Code == "lone-secondary");
    }

    [Fact]
    public void An_unknown_category_of_megabytes_is_quoted_short()
    {
        var parse = Catalogue.Parse(new[] { "社交/" + new string('直', 1_000_000) }, Language.English);
        var warning = Assert.Single(parse.Warnings, w => w.Code == "unknown-category");
        Assert.True(warning.Text.Length < 400, warning.Text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
