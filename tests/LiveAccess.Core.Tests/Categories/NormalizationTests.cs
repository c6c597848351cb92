using System.Linq;
using LiveAccess.Core.Categories;
using LiveAccess.Core.Text;
using static LiveAccess.Core.Tests.TestRules;

namespace LiveAccess.Core.Tests.Categories;

/// <summary>One test per normalisation rule of DOMAIN.md: separators, renames, full-width forms, spaces, zero-width characters.</summary>
public sealed class NormalizationTests
{
    private static string[] Ids(params string[] written) =>
        Default.Categories.Members(Default.Categories.Parse(written, Language.English).Set).Select(c => c.Id).ToArray();

    [Theory]
    [InlineData("社交/直播")]
    [InlineData("社交>直播")]
    [InlineData("社交-直播")]
    [InlineData("社交／直播")]
    [InlineData("社交＞直播")]
    [InlineData("社交 > 直播")]
    [InlineData("  社交  /  直播  ")]
    [InlineData("社交 - 直播")]
    [InlineData("social/live")]
    [InlineData("SOCIAL/LIVE")]
    public void Separator_inside_a_pair(string written) => Assert.Equal(new[] { "social/live" }, Ids(written));

    [Theory]
    [InlineData("电商平台/电商平台;社交/直播")]
    [InlineData("电商平台/电商平台；社交/直播")]
    [InlineData("电商平台/电商平台,社交/直播")]
    [InlineData("电商平台/电商平台，社交/直播")]
    [InlineData("电商平台/电商平台|社交/直播")]
    [InlineData("电商平台/电商平台 ; 社交/直播 ;")]
    public void Separator_between_pairs(string written) =>
        Assert.Equal(new[] { "ecommerce/platform", "social/live" }, Ids(written));

    [Theory]
    [InlineData("教育服务/在线视频课程", "education/online-video-courses")]
    [InlineData("医疗服务/互联网医院", "medical/internet-hospital")]
    [InlineData("汽车服务/汽车预售服务", "auto/presale")]
    [InlineData("金融业/银行", "finance/bank")]
    [InlineData("金融/银行", "finance/bank")]
    public void Renamed_primary(string written, string id) => Assert.Equal(new[] { id }, Ids(written));

    [Theory]
    [InlineData("汽车/汽车预售", "auto/presale")]
    [InlineData("金融业/企业征信", "finance/credit-reporting")]
    [InlineData("医疗/公立医院", "medical/public-medical-institution")]
    public void Renamed_secondary(string written, string id) => Assert.Equal(new[] { id }, Ids(written));

    [Theory]
    [InlineData("金融业/证券/期货", "finance/securities-futures")]
    [InlineData("金融-证券/期货", "finance/securities-futures")]
    [InlineData("金融业/汽车金融/融资租赁", "finance/auto-finance-leasing")]
    [InlineData("金融业/股票信息服务平台（港股/美股）", "finance/stock-information-hk-us")]
    [InlineData("金融业/股票信息服务平台(港股/美股)", "finance/stock-information-hk-us")]
    [InlineData("IT科技-多方通信", "it-tech/multi-party-communication")]
    [InlineData("it-tech/multi-party-communication", "it-tech/multi-party-communication")]
    public void Secondary_holding_a_separator_splits_on_the_first_only(string written, string id) =>
        Assert.Equal(new[] { id }, Ids(written));

    [Theory]
    [InlineData("社交\u200B/直播")]
    [InlineData("\uFEFF社交/直播\u200D")]
    [InlineData("社\u2060交/直播")]
    public void Zero_width_characters_are_dropped(string written) => Assert.Equal(new[] { "social/live" }, Ids(written));

    [Fact]
    public void Full_width_letters_fold_to_ascii() => Assert.Equal(new[] { "it-tech/av-devices" }, Ids("ＩＴ科技／音视频设备"));

    [Fact]
    public void Unknown_category_is_kept_out_and_warned_with_the_nearest_name()
    {
        var parse = Default.Categories.Parse(new[] { "社交/直拨; 社交/直播" }, Language.English);
        Assert.Equal(new[] { "social/live" }, Default.Categories.Members(parse.Set).Select(c => c.Id));
        var warning = Assert.Single(parse.Warnings);
        Assert.Equal("unknown-category", warning.Code);
        Assert.Contains("社交/直拨", warning.Text);
        Assert.Contains("社交/直播", warning.Text);
    }

    [Fact]
    public void Unknown_category_warning_is_in_chinese_when_asked()
    {
        var parse = Default.Categories.Parse(new[] { "游戏/棋牌" }, Language.Chinese);
        Assert.Contains("未知类目", Assert.Single(parse.Warnings).Text);
    }

    [Fact]
    public void Lone_secondary_is_read_with_a_warning()
    {
        var parse = Default.Categories.Parse(new[] { "在线视频课程" }, Language.English);
        Assert.Equal(new[] { "education/online-video-courses" }, Default.Categories.Members(parse.Set).Select(c => c.Id));
        Assert.Equal("lone-secondary", Assert.Single(parse.Warnings).Code);
    }

    [Fact]
    public void More_than_five_categories_are_all_considered_with_a_warning()
    {
        var parse = Default.Categories.Parse(new[] { "社交/直播;教育/培训机构;教育/学历教育;教育/驾校培训;教育/教育平台;电商平台/电商平台" }, Language.English);
        Assert.Equal(6, parse.Set.Count);
        Assert.Contains(parse.Warnings, w => w.Code == "too-many-categories");
    }

    [Theory]
    [InlineData("ｗｘ０１２３４５６７８９ＡＢＣＤＥＦ", "wx0123456789abcdef")]
    [InlineData("  WX0123456789ABCDEF ", "wx0123456789abcdef")]
    [InlineData("wx0123456789abcdef\u200B", "wx0123456789abcdef")]
    public void AppId_is_normalised(string written, string expected) =>
        Assert.Equal(expected, LiveAccess.Core.Evaluation.ProgramNormalizer.NormalizeAppId(written));

    [Theory]
    [InlineData("wx0123456789abcde")]
    [InlineData("wx0123456789abcdefg")]
    [InlineData("wy0123456789abcdef")]
    [InlineData("wx0123456789abcdeg")]
    [InlineData("")]
    public void Malformed_AppId_is_refused(string written) =>
        Assert.Null(LiveAccess.Core.Evaluation.ProgramNormalizer.NormalizeAppId(written));

    [Fact]
    public void Clean_is_idempotent_on_mixed_text()
    {
        var once = TextNormalizer.Clean(" 社交\u3000／\t直播\u200B ");
        Assert.Equal("社交 / 直播", once);
        Assert.Equal(once, TextNormalizer.Clean(once));
    }
}
