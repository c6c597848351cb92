using System.IO;
using System.Linq;

namespace LiveAccess.Cli.Tests.Hardening;

/// <summary>
/// Reports are written whole or not at all, never over a file without <c>--force</c>, never over
/// something that is not a file, and with spreadsheet formulas neutralised.
/// </summary>
public sealed class OutputSafetyTests : System.IDisposable
{
    private const string Header = "AppId,Name,EntityType,Categories,Scenario\n";
    private const string Good = "wx1a2b3c4d5e6f7081,优选商城,企业,电商平台/电商平台,ecommerce\n";
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_symbolic_link_as_output_is_refused_even_with_force_and_left_as_it_is()
    {
        var input = _dir.Write("apps.csv", Header + Good);
        var target = _dir.Write("real.json", "keep me");
        var link = _dir.File("link.json");
        File.CreateSymbolicLink(link, target);
        var r = Cli.Run("plan", "--input", input, "--output", link, "--force");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("is a device, a link or another special file", r.Stderr);
        Assert.Equal(target, new FileInfo(link).LinkTarget);
        Assert.Equal("keep me", File.ReadAllText(target));
        Assert.Equal(new[] { "apps.csv", "link.json", "real.json" }, _dir.Files().OrderBy(f => f));
        Hostile.AssertNoStackTrace(r);
    }

    [Fact]
    public void Every_name_a_spreadsheet_would_run_as_a_formula_is_neutralised_in_the_CSV_report()
    {
        var output = _dir.File("report.csv");
        var r = Cli.Run("plan", "--input", Corpus.Inventory("csv-formula-injection.csv"), "--format", "csv", "--output", output);
        Assert.Equal(0, r.ExitCode);
        var rows = File.ReadAllLines(output).Skip(1).ToArray();
        Assert.Equal(6, rows.Length);
        var names = rows.Select(row => row.Split(',')[1].TrimStart('"')).ToArray();
        Assert.All(names, name => Assert.StartsWith("'", name));
        Assert.Equal(new[] { "'=", "'=", "'@", "'+", "'-", "'=" }, names.Select(n => n.Substring(0, 2)));
    }

    [Fact]
    public void An_input_that_breaks_off_part_way_keeps_the_old_report_and_leaves_nothing_else()
    {
        var output = _dir.Write("report.json", "previous report");
        var r = Cli.Run("plan", "--input", Corpus.Inventory("json-truncated.json"), "--output", output, "--force");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("No report was written to " + output + ": the input could not be read to the end (an existing file is left as it was).", r.Stderr);
        Assert.Equal("previous report", File.ReadAllText(output));
        Assert.Equal(new[] { "report.json" }, _dir.Files());
        Assert.Equal(new Totals(2, 2, 0, 2), Totals.Of(r));
        Hostile.AssertNoStackTrace(r);
    }

    [Fact]
    public void An_input_that_breaks_off_part_way_creates_no_report_file()
    {
        var output = _dir.File("new.json");
        var r = Cli.Run("plan", "--input", Corpus.Inventory("yaml-lone-cr.yaml"), "--output", output);
        Assert.Equal(2, r.ExitCode);
        Assert.Empty(_dir.Files());
    }

    [Fact]
    public void A_full_disk_on_standard_output_is_one_line_saying_what_was_being_written()
    {
        if (!File.Exists("/dev/full")) return; // Linux only: writes to /dev/full fail with "No space left on device".
        var r = Cli.Run("plan", "--input", _dir.Write("apps.csv", Header + Good), "--format", "json", "--output", "-");
        Assert.Equal(0, r.ExitCode);

        var start = new System.Diagnostics.ProcessStartInfo("sh") { RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("exec \"$@\" > /dev/full");
        start.ArgumentList.Add("sh");
        var command = Cli.StartInfo(new[] { "plan", "--input", _dir.File("apps.csv"), "--format", "json" });
        start.ArgumentList.Add(command.FileName);
        foreach (var argument in command.ArgumentList) start.ArgumentList.Add(argument);
        start.Environment["LANG"] = "C.UTF-8";
        using var process = System.Diagnostics.Process.Start(start)!;
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(2, process.ExitCode);
        Assert.StartsWith("liveaccess: could not read or write a file while writing the report to standard output: ", stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.DoesNotContain("Exception", stderr);
    }
}
