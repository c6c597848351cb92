using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace LiveAccess.Cli.Tests.Hardening;

/// <summary>
/// Hostile inputs too big to commit, generated here: fields of megabytes, tens of thousands of rows,
/// a megabyte of unknown categories, huge and endless rule files, alias bombs and deep nesting.
/// </summary>
public sealed class GeneratedHostileTests : System.IDisposable
{
    private const string Header = "AppId,Name,EntityType,Categories,Scenario\n";
    private const string Before = "wx1a2b3c4d5e6f7081,前,企业,电商平台/电商平台,ecommerce\n";
    private const string After = "wx3c4d5e6f708192a3,后,政府,,government\n";
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static string Big(int megabytes) => new('长', megabytes * 1024 * 1024 / 3);

    [Fact]
    public void A_CSV_field_of_megabytes_is_read_and_the_rows_around_it_keep_their_lines()
    {
        var path = _dir.Write("big.csv", Header + Before + "wx2b3c4d5e6f708192,\"" + Big(5) + "\",企业,社交/直播,entertainment\n" + After);
        var r = Cli.Run("plan", "--input", path, "--format", "json");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(new[] { "wx1a2b3c4d5e6f7081@2", "wx2b3c4d5e6f708192@3", "wx3c4d5e6f708192a3@4" }, CorpusRun.AnsweredRows(r.Stdout));
        Assert.Equal(new Totals(3, 3, 0, 3), Totals.Of(r));
    }

    [Fact]
    public void A_CSV_row_over_the_limit_is_refused_alone_and_its_message_stays_short()
    {
        var path = _dir.Write("huge.csv", Header + Before + "wx2b3c4d5e6f708192,\"" + Big(20) + "\",企业,社交/直播,entertainment\n" + After);
        var r = Cli.Run("plan", "--input", path, "--format", "json");
        Assert.Equal(2, r.ExitCode);
        Assert.Equal(new[] { "wx1a2b3c4d5e6f7081@2", "wx3c4d5e6f708192a3@4" }, CorpusRun.AnsweredRows(r.Stdout));
        Assert.StartsWith(path + ":3: The row starting on this line is longer than 16 MB", r.ErrorLines[0]);
        Assert.True(r.Stderr.Length < 2000, "stderr is " + r.Stderr.Length + " characters");
        Assert.Equal(new Totals(3, 2, 1, 2), Totals.Of(r));
        Hostile.AssertNoStackTrace(r);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("yaml")]
    public void A_JSON_or_YAML_string_of_megabytes_is_read(string format)
    {
        var big = Big(5);
        var text = format == "json"
            ? "[{\"AppId\":\"wx1a2b3c4d5e6f7081\",\"Name\":\"" + big + "\",\"EntityType\":\"政府\",\"Scenario\":\"government\"},\n{\"AppId\":\"wx2b3c4d5e6f708192\",\"EntityType\":\"政府\",\"Scenario\":\"government\"}]"
            : "- AppId: wx1a2b3c4d5e6f7081\n  Name: \"" + big + "\"\n  EntityType: 政府\n  Scenario: government\n- AppId: wx2b3c4d5e6f708192\n  EntityType: 政府\n  Scenario: government\n";
        var r = Cli.Run("plan", "--input", _dir.Write("big." + format, text), "--format", "json");
        Assert.Equal(0, r.ExitCode);
        var d = JsonDecision.Parse(r.Stdout);
        Assert.Equal(big.Length, d[0].Name!.Length);
        Assert.Equal(new[] { "wx1a2b3c4d5e6f7081@1", "wx2b3c4d5e6f708192@" + (format == "json" ? 2 : 5) }, CorpusRun.AnsweredRows(r.Stdout));
    }

    [Fact]
    public void Twenty_thousand_rows_with_bad_ones_among_them_are_all_accounted_for()
    {
        var sb = new StringBuilder(Header);
        for (var i = 0; i < 20_000; i++)
            sb.Append(i % 1000 == 999 ? $"wx{i:x8},坏{i},enterprize,社交/直播,entertainment\n" : $"wx{i:x16},好{i},企业,社交/直播,entertainment\n");
        var r = Cli.Run("plan", "--input", _dir.Write("many.csv", sb.ToString()), "--format", "json");
        Assert.Equal(2, r.ExitCode);
        Assert.Equal(new Totals(20_000, 19_980, 20, 19_980), Totals.Of(r));
        Assert.Equal(21, r.ErrorLines.Length);
        Assert.EndsWith(":1001: [wx000003e7] AppId 'wx000003e7' is not valid: an AppID is 'wx' followed by 16 hexadecimal digits (e.g. wx0123456789abcdef).", r.ErrorLines[0]);
    }

    [Fact]
    public void A_megabyte_of_unknown_categories_gives_a_few_warnings_not_thousands()
    {
        var cell = string.Join(";", Enumerable.Range(0, 60_000).Select(i => $"未知{i}/类目{i}"));
        var r = Cli.Run("plan", "--input", _dir.Write("cats.csv", Header + "wx1a2b3c4d5e6f7081,类目炸弹,企业,\"" + cell + ";社交/直播\",entertainment\n"), "--format", "json");
        Assert.Equal(0, r.ExitCode);
        Assert.True(r.Stdout.Length < 20_000, "stdout is " + r.Stdout.Length + " characters");
        var warnings = JsonDocument.Parse(r.Stdout).RootElement[0].GetProperty("warnings").EnumerateArray()
            .Where(w => w.GetProperty("code").GetString() == "unknown-category").ToList();
        Assert.Equal(11, warnings.Count);
        Assert.StartsWith("59990 more unknown categories", warnings[^1].GetProperty("message").GetString());
        Assert.Equal("eligible", JsonDecision.Parse(r.Stdout)[0].Outcome);
    }

    [Fact]
    public void A_YAML_alias_bomb_as_an_inventory_is_refused_in_a_capped_heap()
    {
        var bomb = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i < 10; i++) bomb.Append($"a{i}: &a{i} [" + string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 9)) + "]\n");
        bomb.Append("programs: *a9\n");
        var path = _dir.Write("bomb.yaml", bomb.ToString());
        var r = Cli.Run(new[] { "plan", "--input", path, "--format", "json" }, environment: Refused.CappedHeap);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("YAML anchors and aliases ('&a0') are not allowed in inventories", r.Stderr);
        Assert.Empty(JsonDecision.Parse(r.Stdout));
        Hostile.AssertNoStackTrace(r);
    }

    [Fact]
    public void A_rule_file_of_megabytes_is_refused_by_its_size()
    {
        var path = _dir.Write("huge-rules.yaml", "mode: extend\nversion: x\n# " + new string('x', 5 * 1024 * 1024) + "\n");
        Refused.Validate(path, ": The rule file is 5 MB; a rule file is a few kilobytes (limit 4 MB).");
    }

    [Fact]
    public void A_rule_file_of_a_quarter_million_nodes_is_refused_at_the_node_limit()
    {
        var path = _dir.Write("nodes.yaml", "mode: extend\nversion: x\nroutes: [" + string.Join(",", Enumerable.Repeat("1", 250_000)) + "]\n");
        Refused.Validate(path, ":3:399992: The file holds more than 200000 YAML nodes");
    }

    [Fact]
    public void A_rule_value_of_megabytes_is_refused_where_it_is()
    {
        var path = _dir.Write("value.yaml", "mode: extend\nversion: " + new string('9', 3 * 1024 * 1024) + "\n");
        Refused.Validate(path, ":2:10: This value is 3145728 characters long");
    }

    [Fact]
    public void Ten_thousand_levels_of_block_nesting_are_refused_at_the_depth_limit()
    {
        // "- - - - x": compact nested block sequences, 10,000 deep in 20 KB.
        var path = _dir.Write("deep.yaml", "mode: extend\nversion: x\nroutes:\n  " + string.Concat(Enumerable.Repeat("- ", 10_000)) + "x\n");
        Refused.Validate(path, ":4:49: The file is nested more than 24 levels deep");
    }

    [Fact]
    public void A_device_that_never_ends_as_rule_file_is_refused_in_a_capped_heap()
    {
        if (!File.Exists("/dev/zero")) return; // Windows has no such device.
        Refused.Validate("/dev/zero", ": The rule file is larger than 4 MB (or never ends)");
    }
}
