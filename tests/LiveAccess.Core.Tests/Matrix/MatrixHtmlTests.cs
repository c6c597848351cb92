using System.Linq;
using System.Text.RegularExpressions;
using LiveAccess.Core.Matrix;
using LiveAccess.Core.Rules;
using LiveAccess.Core.Text;

namespace LiveAccess.Core.Tests.Matrix;

public sealed class MatrixHtmlTests
{
    [Theory]
    [InlineData("<script>", "&lt;script&gt;")]
    [InlineData("a & \"b\" 'c'", "a &amp; &quot;b&quot; &#39;c&#39;")]
    [InlineData("社交/直播", "社交/直播")]
    [InlineData(null, "")]
    public void Html_encoding(string? text, string expected) => Assert.Equal(expected, HtmlText.Encode(text));

    [Theory]
    [InlineData("https://cloud.tencent.com/document/product/454/12554", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("JaVaScRiPt:alert(1)", false)]
    [InlineData("data:text/html,<script>", false)]
    [InlineData("seeds/zego-miniprogram-live.zh.md", false)]
    public void Only_http_urls_become_links(string url, bool linked) => Assert.Equal(linked, HtmlText.SafeUrl(url) is not null);

    [Fact]
    public void The_page_stands_alone()
    {
        var html = MatrixWriterTests.Render("html");
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.DoesNotMatch(new Regex("<script|<link|<iframe|<img|@import|url\\(|src=", RegexOptions.IgnoreCase), html);
        var style = Regex.Match(html, "<style>(.*?)</style>", RegexOptions.Singleline).Groups[1].Value;
        Assert.DoesNotContain("http", style);
        Assert.Contains("@media print", style);
        // Links only to the sources' own pages, never fetched by the page.
        Assert.All(Regex.Matches(html, "href=\"([^\"]*)\"").Select(m => m.Groups[1].Value),
            h => Assert.True(h.StartsWith("https://") || h.StartsWith("#condition-"), h));
    }

    [Fact]
    public void The_page_has_vendor_groups_plans_both_languages_and_the_version()
    {
        var html = MatrixWriterTests.Render("html");
        Assert.Contains("<th colspan=\"3\" scope=\"colgroup\" class=\"vendor vendor-0\">Tencent Cloud<span class=\"alt\" lang=\"zh-CN\">腾讯云</span></th>", html);
        Assert.Contains("<th colspan=\"2\" scope=\"colgroup\" class=\"vendor vendor-1\">ZEGO<span class=\"alt\" lang=\"zh-CN\">即构</span></th>", html);
        foreach (var plan in RuleSetLoader.Default.Plans) Assert.Contains("<code>" + plan.Id + "</code>", html);
        Assert.Contains("<span class=\"zh\" lang=\"zh-CN\">社交/直播</span><span class=\"en\" lang=\"en\">Social/Live streaming</span>", html);
        Assert.Contains("Rule set version 2026.11.21", html);
        Assert.Equal(2, Regex.Count(html, "<table class=\"matrix"));
        var categoryRows = Regex.Count(html, "<tr(?: class=\"opens-nothing\")?><th scope=\"row\">");
        Assert.Equal(RuleSetLoader.Default.Categories.All.Count + RuleSetLoader.Default.Scenarios.Count, categoryRows);
        Assert.Contains("<html lang=\"en\">", html);
        Assert.Contains("<html lang=\"zh-CN\">", MatrixWriterTests.Render("html", language: Language.Chinese));
    }

    [Fact]
    public void Cells_carry_a_mark_the_scenarios_and_a_tooltip_with_the_conditions()
    {
        var html = MatrixWriterTests.Render("html");
        var cell = Regex.Match(html, "<td class=\"open\" title=\"([^\"]*)\"><span class=\"mark\"[^>]*>✓</span><ul class=\"items\"><li>ecommerce</li><li class=\"cond\">medical-sales<sup>");
        Assert.True(cell.Success);
        Assert.Contains("medical-sales: Add a medical category", System.Net.WebUtility.HtmlDecode(cell.Groups[1].Value));
        Assert.Contains("<td class=\"scenario-cell conditional\"", html);
        Assert.Contains("<li id=\"condition-1\"><code>medical-category-required</code>", html);
    }

    [Fact]
    public void Hostile_names_are_text_never_markup()
    {
        var html = MatrixWriterTests.Render("html", CategoryMatrix.Build(HostileRules.Load()));
        Assert.DoesNotMatch(new Regex("<script|<img|<svg|<b>|<i>|<u>|<h1>broken|=\"javascript:", RegexOptions.IgnoreCase), html);
        Assert.Contains("&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;", html);
        Assert.Contains("Evil &lt;img src=x onerror=&quot;document.title=&#39;pwned&#39;&quot;&gt; Corp", html);
        Assert.Contains("&quot;&gt;&lt;svg onload=alert(1)&gt;", html);
        Assert.Contains("恶意 &amp; &quot;方案&quot;", html);
        // The hostile source has no http URL, so it is shown, not linked.
        Assert.DoesNotContain("href=\"javascript", html);
    }
}
