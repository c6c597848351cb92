using System.IO;
using System.Linq;
using System.Text;

namespace LiveAccess.Cli.Tests;

/// <summary><c>--output</c>: written atomically, never clobbering without <c>--force</c>, BOM for CSV files.</summary>
public sealed class OutputFileTests : System.IDisposable
{
    private const string Csv = "AppId,Name,EntityType,Categories,Scenario\nwx1a2b3c4d5e6f7081,优选商城,企业,电商平台/电商平台,ecommerce\n";
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void The_report_goes_to_the_file_and_nothing_else_is_left_in_the_directory()
    {
        var input = _dir.Write("apps.csv", Csv);
        var output = _dir.File("decisions.json");
        var r = Cli.Run("plan", "--input", input, "--format", "json", "--output", output);
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(string.Empty, r.Stdout);
        Assert.Contains("Wrote the json report to " + output, r.Stderr);
        Assert.Equal("eligible", Assert.Single(JsonDecision.Parse(File.ReadAllText(output))).Outcome);
        Assert.Equal(new[] { "apps.csv", "decisions.json" }, _dir.Files().OrderBy(f => f));
        Assert.NotEqual(0xEF, File.ReadAllBytes(output)[0]);
    }

    [Fact]
    public void The_extension_chooses_the_format_when_format_is_not_given()
    {
        var input = _dir.Write("apps.csv", Csv);
        var output = _dir.File("decisions.json");
        Assert.Equal(0, Cli.Run("plan", "--input", input, "-o", output).ExitCode);
        Assert.Single(JsonDecision.Parse(File.ReadAllText(output)));
    }

    [Fact]
    public void CSV_files_start_with_a_UTF8_byte_order_mark_for_Excel()
    {
        var input = _dir.Write("apps.csv", Csv);
        var output = _dir.File("report.csv");
        Assert.Equal(0, Cli.Run("plan", "--input", input, "--format", "csv", "--output", output).ExitCode);
        var bytes = File.ReadAllBytes(output);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes.Take(3));
        Assert.Contains("优选商城", Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void An_existing_file_is_not_replaced_without_force()
    {
        var input = _dir.Write("apps.csv", Csv);
        var output = _dir.Write("report.json", "keep me");
        var r = Cli.Run("plan", "--input", input, "--format", "json", "--output", output);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("The output file " + output + " exists; add --force", r.Stderr);
        Assert.Equal("keep me", File.ReadAllText(output));
        Assert.Equal(2, _dir.Files().Length);

        var forced = Cli.Run("plan", "--input", input, "--format", "json", "--output", output, "--force");
        Assert.Equal(0, forced.ExitCode);
        Assert.Single(JsonDecision.Parse(File.ReadAllText(output)));
        Assert.Equal(2, _dir.Files().Length);
    }

    [Fact]
    public void An_unreadable_input_leaves_the_old_report_in_place()
    {
        var output = _dir.Write("report.json", "previous report");
        var r = Cli.Run("plan", "--input", _dir.File("missing.csv"), "--output", output, "--force");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("No report was written to " + output, r.Stderr);
        Assert.Equal("previous report", File.ReadAllText(output));
        Assert.Single(_dir.Files());
    }

    [Fact]
    public void A_missing_output_directory_is_a_usage_error()
    {
        var input = _dir.Write("apps.csv", Csv);
        var r = Cli.Run("plan", "--input", input, "--output", Path.Combine(_dir.Path, "no", "such", "dir", "r.json"));
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("Cannot write the output file", r.Stderr);
    }

    [Fact]
    public void Refused_rows_still_leave_a_complete_report_of_the_others()
    {
        var input = _dir.Write("apps.csv", Csv + "wxbad,x,企业,社交/直播,ecommerce\n");
        var output = _dir.File("report.json");
        var r = Cli.Run("plan", "--input", input, "--output", output);
        Assert.Equal(2, r.ExitCode);
        Assert.Single(JsonDecision.Parse(File.ReadAllText(output)));
    }

    [Fact]
    public void Listings_can_be_written_to_a_file_too()
    {
        var output = _dir.File("categories.csv");
        var r = Cli.Run("categories", "--output", output);
        Assert.Equal(0, r.ExitCode);
        var text = File.ReadAllText(output);
        Assert.StartsWith("\uFEFFId,Chinese,English,Aliases", text);
    }
}
