using System.Linq;
using System.Text.Json;

namespace LiveAccess.Cli.Tests.Hardening;

/// <summary>Bad values: each refused row names its value and the nearest valid one; near misses in categories are warnings.</summary>
public sealed class ValueCorpusTests
{
    public static readonly InventoryCase Case = new("values-bad.csv", 2, 13,
        new[] { "wx1a2b3c4d5e6f7081@2", "wx708192a3b4c5d6e7@13", "wx8192a3b4c5d6e7f8@14" }, new[]
        {
            ":3: [wx12345] AppId 'wx12345' is not valid: an AppID is 'wx' followed by 16 hexadecimal digits (e.g. wx0123456789abcdef).",
            ":4: [wx1a2b3c4d5e6f70zz] AppId 'wx1a2b3c4d5e6f70zz' is not valid",
            ":5: [1a2b3c4d5e6f708192] AppId '1a2b3c4d5e6f708192' is not valid",
            ":6: [wx1a2b3c4d5e6f708192aa] AppId 'wx1a2b3c4d5e6f708192aa' is not valid",
            ":7: The row has no AppId: fill in the AppId column",
            ":8: [wx2b3c4d5e6f708192] Unknown entity type 'enterprize' (did you mean 'enterprise'?). Valid values: individual, enterprise, government, media, organization, 个人, 企业",
            ":9: [wx3c4d5e6f708192a3] Unknown entity type 'goverment' (did you mean 'government'?).",
            ":10: [wx4d5e6f708192a3b4] The row has no EntityType: use one of individual, enterprise, government, media, organization.",
            ":11: [wx5e6f708192a3b4c5] Unknown scenario 'entertainmnet' (did you mean 'entertainment'?). Valid values: government, ecommerce,",
            ":12: [wx6f708192a3b4c5d6] Scenario '场景5' is ambiguous: it may mean medical-sales, medical-consultation. Write one of these ids.",
        });

    [Fact]
    public void Bad_values_are_refused_naming_value_and_nearest_valid_value_and_the_rest_answered() => CorpusRun.Check(Case);

    [Fact]
    public void A_misspelt_category_and_a_lone_secondary_are_answered_with_warnings_naming_the_nearest()
    {
        var d = JsonDocument.Parse(CorpusRun.Check(Case).Stdout).RootElement.EnumerateArray().ToArray();
        string Warning(int i, string code) => d[i].GetProperty("warnings").EnumerateArray()
            .Single(w => w.GetProperty("code").GetString() == code).GetProperty("message").GetString()!;
        Assert.StartsWith("Unknown category '社交/直拨' is ignored in the decision (did you mean '社交/直播'?)", Warning(1, "unknown-category"));
        Assert.StartsWith("Category '直播' has no primary; read as '社交/直播'", Warning(2, "lone-secondary"));
        Assert.Equal("eligible", d[2].GetProperty("outcome").GetString());
    }

    [Fact]
    public void Messages_come_in_Chinese_with_the_same_file_line_and_AppId()
    {
        var path = Corpus.Inventory(Case.File);
        var r = Cli.Run("plan", "--input", path, "--format", "json", "--lang", "zh-CN");
        Assert.Equal(2, r.ExitCode);
        Assert.StartsWith(path + ":8: [wx2b3c4d5e6f708192] ", r.ErrorLines[5]);
        Assert.Contains("enterprize", r.ErrorLines[5]);
        Assert.Contains("enterprise", r.ErrorLines[5]);
        Assert.DoesNotContain("Unknown", r.ErrorLines[5]);
        Assert.StartsWith("共读取 13 行：已判定 3 行，拒绝 10 行", r.LastErrorLine);
        Hostile.AssertNoStackTrace(r);
    }
}
