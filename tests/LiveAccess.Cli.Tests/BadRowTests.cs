using System.Linq;

namespace LiveAccess.Cli.Tests;

/// <summary>One bad row never costs the others: it is reported on stderr with file, line and AppId, and the exit code is 2.</summary>
public sealed class BadRowTests : System.IDisposable
{
    private const string Messy =
        "AppId,Name,EntityType,Categories,Scenario\n" +
        "wx1a2b3c4d5e6f7081,优选商城,企业,电商平台/电商平台,ecommerce\n" +      // 2 good
        "wx12345,坏 AppId,企业,社交/直播,entertainment\n" +                      // 3 bad AppId
        "wx2b3c4d5e6f708192,拼错主体,enterprize,社交/直播,entertainment\n" +      // 4 unknown entity
        "wx3c4d5e6f708192a3,拼错场景,企业,社交/直播,entertainmnet\n" +            // 5 unknown scenario
        ",没有 AppId,企业,社交/直播,entertainment\n" +                            // 6 missing AppId
        "wx4d5e6f708192a3b4,未知类目,企业,宠物/猫; 社交/直播,entertainment\n" +  // 7 good, with a warning
        "wx5e6f708192a3b4c5,个人,个人,社交/直播,entertainment\n";                // 8 good, ineligible

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Bad_rows_are_reported_and_the_good_rows_are_still_answered()
    {
        var path = _dir.Write("messy.csv", Messy);
        var r = Cli.Run("plan", "--input", path, "--format", "json");
        Assert.Equal(2, r.ExitCode);

        var answered = JsonDecision.Parse(r.Stdout);
        Assert.Equal(new[] { "wx1a2b3c4d5e6f7081", "wx4d5e6f708192a3b4", "wx5e6f708192a3b4c5" }, answered.Select(d => d.AppId));
        Assert.Equal(new[] { "eligible", "eligible", "ineligible" }, answered.Select(d => d.Outcome));
        Assert.Contains(answered[1].Raw.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("code").GetString() == "unknown-category");

        var errors = r.ErrorLines;
        Assert.StartsWith(path + ":3: [wx12345] AppId 'wx12345' is not valid", errors[0]);
        Assert.StartsWith(path + ":4: [wx2b3c4d5e6f708192] Unknown entity type 'enterprize' (did you mean 'enterprise'?)", errors[1]);
        Assert.StartsWith(path + ":5: [wx3c4d5e6f708192a3] Unknown scenario 'entertainmnet' (did you mean 'entertainment'?)", errors[2]);
        Assert.StartsWith(path + ":6: The row has no AppId", errors[3]);
        Assert.Equal(new Totals(7, 3, 4, 3), Totals.Of(r));
        Assert.Equal(5, errors.Length);
    }

    [Fact]
    public void Bad_rows_make_check_exit_2_even_when_the_good_rows_pass()
    {
        var path = _dir.Write("messy.csv", "AppId,EntityType,Categories,Scenario\nwx1a2b3c4d5e6f7081,企业,电商平台/电商平台,ecommerce\nwxnothex0000000000,企业,社交/直播,ecommerce\n");
        var r = Cli.Run("check", "--input", path);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains(":3: [wxnothex0000000000]", r.Stderr);
        Assert.Equal(new Totals(2, 1, 1, 1), Totals.Of(r));
    }

    [Fact]
    public void A_broken_CSV_row_is_refused_and_the_next_rows_go_on()
    {
        var path = _dir.Write("broken.csv",
            "AppId,EntityType,Categories,Scenario\n" +
            "wx1a2b3c4d5e6f7081,企业,电商平台/电商平台,ecommerce\n" +
            "wx2b3c4d5e6f708192,企业,\"社交/直播,entertainment\n" +
            "wx3c4d5e6f708192a3,企业,社交/直播,entertainment\n");
        var r = Cli.Run("plan", "--input", path, "--format", "json");
        Assert.Equal(2, r.ExitCode);
        var totals = Totals.Of(r);
        Assert.True(totals.Refused >= 1, r.ToString());
        Assert.Contains(JsonDecision.Parse(r.Stdout), d => d.AppId == "wx1a2b3c4d5e6f7081");
        Assert.Contains(path + ":3:", r.Stderr);
    }

    [Fact]
    public void A_whole_file_problem_is_one_error_and_no_decisions()
    {
        var path = _dir.Write("noappid.csv", "Name,EntityType\nx,企业\n");
        var r = Cli.Run("plan", "--input", path, "--format", "json");
        Assert.Equal(2, r.ExitCode);
        Assert.StartsWith(path, r.ErrorLines[0]);
        Assert.Equal(0, Totals.Of(r).Answered);
    }
}
