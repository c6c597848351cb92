using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace LiveAccess.Cli.Tests.Hardening;

/// <summary>Broken and unusual CSV: quoting, ragged rows, blank lines, headers, odd characters.</summary>
public sealed class CsvCorpusTests
{
    private static readonly string[] None = InventoryCase.None;

    public static readonly InventoryCase[] Cases =
    {
        new("csv-unbalanced-quote.csv", 2, 4,
            new[] { "wx1a2b3c4d5e6f7081@2", "wx3c4d5e6f708192a3@4", "wx4d5e6f708192a3b4@5" },
            new[] { ":3: [wx2b3c4d5e6f708192] A quote opens a value on this line that is not closed where the row ends (it ran on to line 5); the row is skipped and the lines after it are read again as rows." }),
        new("csv-unclosed-quote-at-end.csv", 2, 2,
            new[] { "wx1a2b3c4d5e6f7081@2" },
            new[] { ":3: [wx2b3c4d5e6f708192] A quote opens a value on this line that is never closed (the file ends first)." }),
        new("csv-ragged-rows.csv", 2, 4,
            new[] { "wx1a2b3c4d5e6f7081@2", "wx3c4d5e6f708192a3@4", "wx4d5e6f708192a3b4@5" },
            new[] { ":3: [wx2b3c4d5e6f708192] The row has no EntityType: use one of individual, enterprise, government, media, organization." }),
        new("csv-blank-lines.csv", 0, 2, new[] { "wx1a2b3c4d5e6f7081@5", "wx2b3c4d5e6f708192@9" }, None),
        new("csv-duplicate-headers.csv", 2, 0, None,
            new[] { ":1: Columns 2 ('Name') and 4 ('名称') both name Name; keep one of them." }, FileRefused: true),
        new("csv-missing-appid-column.csv", 2, 0, None,
            new[] { ":1: No AppId column: the header row has 'Name', 'EntityType', 'Categories', 'Scenario'. Add an AppId column (AppId or AppID)" }, FileRefused: true),
        new("csv-missing-entity-column.csv", 2, 2, None, new[]
        {
            ":2: [wx1a2b3c4d5e6f7081] The row has no EntityType: use one of",
            ":3: [wx2b3c4d5e6f708192] The row has no EntityType: use one of",
        }),
        new("csv-empty.csv", 2, 0, None,
            new[] { ": The file is empty; expected a header row with AppId, EntityType, Categories, Scenario." }, FileRefused: true),
        new("csv-whitespace-only.csv", 2, 0, None,
            new[] { ": The file is empty; expected a header row with AppId, EntityType, Categories, Scenario." }, FileRefused: true),
        new("csv-header-only.csv", 0, 0, None, None),
        new("csv-header-looks-like-data.csv", 2, 0, None,
            new[] { ":1: No AppId column: the header row has 'wx1a2b3c4d5e6f7081', '优选商城'" }, FileRefused: true),
        new("csv-more-than-five-categories.csv", 0, 1, new[] { "wx1a2b3c4d5e6f7081@2" }, None),
        new("csv-duplicate-appids.csv", 0, 3, new[] { "wx1a2b3c4d5e6f7081@2", "wx2b3c4d5e6f708192@3", "wx1a2b3c4d5e6f7081@4" }, None),
        new("csv-control-and-zero-width.csv", 0, 2, new[] { "wx1a2b3c4d5e6f7081@2", "wx2b3c4d5e6f708192@3" }, None),
        new("csv-full-width-forms.csv", 0, 3, new[] { "wx1a2b3c4d5e6f7081@2", "wx2b3c4d5e6f708192@3", "wx3c4d5e6f708192a3@4" }, None),
        new("csv-mixed-chinese-english-headers.csv", 0, 2, new[] { "wx1a2b3c4d5e6f7081@2", "wx2b3c4d5e6f708192@3" }, None),
        new("csv-excel-semicolon.csv", 0, 2, new[] { "wx1a2b3c4d5e6f7081@3", "wx2b3c4d5e6f708192@4" }, None),
        new("csv-formula-injection.csv", 0, 6, Enumerable.Range(0, 6).Select(i => Formula.AppIds[i] + "@" + (i + 2)).ToArray(), None),
    };

    public static IEnumerable<object[]> All() => Cases.Select(c => new object[] { c });

    [Theory]
    [MemberData(nameof(All))]
    public void Each_file_is_answered_or_refused_as_it_should_be(InventoryCase c) => CorpusRun.Check(c);

    private static JsonElement[] Decisions(string file) =>
        JsonDocument.Parse(CorpusRun.Check(Cases.Single(c => c.File == file)).Stdout).RootElement.EnumerateArray().ToArray();

    private static string[] Warnings(JsonElement decision) =>
        decision.GetProperty("warnings").EnumerateArray().Select(w => w.GetProperty("code").GetString()!).ToArray();

    [Fact]
    public void More_than_five_categories_are_all_considered_and_warned_about()
    {
        var d = Assert.Single(Decisions("csv-more-than-five-categories.csv"));
        Assert.Contains("too-many-categories", Warnings(d));
        Assert.Contains("7 categories", d.GetProperty("warnings")[0].GetProperty("message").GetString());
        Assert.Equal(4, d.GetProperty("plans").GetArrayLength());
    }

    [Fact]
    public void A_duplicate_AppId_is_answered_both_times_and_the_second_is_warned()
    {
        var d = Decisions("csv-duplicate-appids.csv");
        Assert.DoesNotContain("duplicate-app-id", Warnings(d[0]));
        Assert.Contains("duplicate-app-id", Warnings(d[2]));
        Assert.Equal("大写重复", d[2].GetProperty("name").GetString());
    }

    [Fact]
    public void Control_and_zero_width_characters_are_cleaned_out_of_every_value()
    {
        var d = Decisions("csv-control-and-zero-width.csv");
        Assert.Equal(("enterprise", "ecommerce"), (d[0].GetProperty("entityType").GetString(), d[0].GetProperty("scenario").GetString()));
        var name = d[0].GetProperty("name").GetString()!;
        Assert.DoesNotContain(name, ch => char.IsControl(ch) || ch == '\u200B');
        Assert.Equal(2, d[0].GetProperty("plans").GetArrayLength());
        Assert.Equal("government", d[1].GetProperty("entityType").GetString());
    }

    [Fact]
    public void Full_width_forms_read_as_their_ASCII_and_Chinese_separators_split_categories()
    {
        var d = Decisions("csv-full-width-forms.csv");
        Assert.Equal("ecommerce", d[0].GetProperty("scenario").GetString());
        Assert.Equal("entertainment", d[1].GetProperty("scenario").GetString());
        Assert.All(d, x => Assert.Equal("eligible", x.GetProperty("outcome").GetString()));
    }

    [Fact]
    public void Extra_fields_are_noted_on_the_row_that_has_them()
    {
        var d = Decisions("csv-ragged-rows.csv");
        var extra = d.Single(x => x.GetProperty("appId").GetString() == "wx3c4d5e6f708192a3");
        Assert.Contains("extra-fields", Warnings(extra));
    }
}
