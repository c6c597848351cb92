using System.Linq;
using System.Text.Json;

namespace LiveAccess.Cli.Tests;

/// <summary><c>categories</c> and <c>scenarios</c> in each format.</summary>
public sealed class ListingTests
{
    [Fact]
    public void Categories_as_JSON_have_ids_and_both_names()
    {
        var r = Cli.Run("categories", "--format", "json");
        Assert.Equal(0, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Stdout);
        var live = doc.RootElement.EnumerateArray().Single(c => c.GetProperty("id").GetString() == "social/live");
        Assert.Equal("社交/直播", live.GetProperty("chinese").GetString());
        Assert.Equal("Social/Live streaming", live.GetProperty("english").GetString());
        var presale = doc.RootElement.EnumerateArray().Single(c => c.GetProperty("id").GetString() == "auto/presale");
        Assert.Contains("汽车服务/汽车预售", presale.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public void Categories_as_CSV()
    {
        var r = Cli.Run("categories", "--format", "csv");
        Assert.Equal(0, r.ExitCode);
        var lines = r.Stdout.Split("\r\n");
        Assert.Equal("Id,Chinese,English,Aliases", lines[0]);
        Assert.Contains("social/live,社交/直播,Social/Live streaming,", lines);
    }

    [Fact]
    public void Categories_as_a_table_in_Chinese_fit_the_width()
    {
        var r = Cli.Run("categories", "--lang", "zh-CN");
        Assert.Equal(0, r.ExitCode);
        Assert.StartsWith("Id", r.Stdout);
        Assert.Contains("中文名", r.Stdout.Split('\n')[0]);
        Assert.All(r.Stdout.TrimEnd().Split('\n'), l => Assert.True(LiveAccess.Core.Reports.TextWidth.Of(l) <= 100, l));
    }

    [Fact]
    public void Scenarios_list_every_id_with_names_and_source()
    {
        var r = Cli.Run("scenarios", "--format", "json");
        Assert.Equal(0, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Stdout);
        var ids = doc.RootElement.EnumerateArray().Select(s => s.GetProperty("id").GetString()).ToArray();
        foreach (var id in new[] { "government", "ecommerce", "education", "finance", "medical-sales", "medical-consultation", "entertainment", "scenic-spot", "auto-presale", "customer-service" })
            Assert.Contains(id, ids);
        var ecommerce = doc.RootElement.EnumerateArray().Single(s => s.GetProperty("id").GetString() == "ecommerce");
        Assert.Equal("电商带货、直播导购", ecommerce.GetProperty("nameZh").GetString());
        Assert.Equal("场景2", ecommerce.GetProperty("section").GetString());
    }

    [Fact]
    public void Scenarios_table_in_English()
    {
        var r = Cli.Run("scenarios");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains(r.Stdout.Split('\n'), l => l.StartsWith("ecommerce ") && l.Contains("E-commerce selling"));
    }
}
