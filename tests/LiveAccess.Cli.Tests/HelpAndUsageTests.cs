namespace LiveAccess.Cli.Tests;

public sealed class HelpAndUsageTests
{
    [Fact]
    public void Version_prints_the_version()
    {
        var r = Cli.Run("--version");
        Assert.Equal(0, r.ExitCode);
        Assert.Matches(@"^liveaccess \d+\.\d+\.\d+", r.Stdout);
    }

    [Fact]
    public void Help_lists_every_command()
    {
        var r = Cli.Run("--help");
        Assert.Equal(0, r.ExitCode);
        foreach (var command in new[] { "plan", "check", "categories", "scenarios", "rules validate" })
            Assert.Contains("  " + command + " ", r.Stdout);
    }

    [Theory]
    [InlineData("plan", "--input FILE")]
    [InlineData("check", "--fail-on OUTCOME")]
    [InlineData("categories", "--format FORMAT")]
    [InlineData("scenarios", "--rules FILE")]
    [InlineData("rules validate", "FILE")]
    public void Every_command_has_help(string command, string expected)
    {
        var args = command.Split(' ').Append("--help").ToArray();
        var r = Cli.Run(args);
        Assert.Equal(0, r.ExitCode);
        Assert.StartsWith("liveaccess " + command + " - ", r.Stdout);
        Assert.Contains(expected, r.Stdout);
        Assert.Contains("Exit codes:", r.Stdout);
        Assert.Equal(string.Empty, r.Stderr);
    }

    [Theory]
    [InlineData("plan")]
    [InlineData("check")]
    [InlineData("categories")]
    [InlineData("scenarios")]
    [InlineData("rules validate")]
    public void Every_command_has_help_in_Chinese(string command)
    {
        var r = Cli.Run(command.Split(' ').Append("--help").Append("--lang").Append("zh-CN").ToArray());
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("用法：", r.Stdout);
        Assert.Contains("退出码：", r.Stdout);
    }

    [Fact]
    public void No_command_shows_help_on_stderr_and_exits_2()
    {
        var r = Cli.Run();
        Assert.Equal(2, r.ExitCode);
        Assert.Equal(string.Empty, r.Stdout);
        Assert.Contains("Commands:", r.Stderr);
    }

    [Theory]
    [InlineData(new[] { "plna" }, "unknown command 'plna' (did you mean 'plan'?)")]
    [InlineData(new[] { "rules" }, "'rules' needs a subcommand: validate")]
    [InlineData(new[] { "rules", "chek", "x.yaml" }, "unknown subcommand 'rules chek'")]
    [InlineData(new[] { "plan", "--formt", "json" }, "unknown option '--formt' for 'liveaccess plan' (did you mean '--format'?)")]
    [InlineData(new[] { "plan", "--format", "xml", "--app-id", "wx0123456789abcdef", "--entity", "enterprise" }, "option --format does not accept 'xml'")]
    [InlineData(new[] { "plan", "--input" }, "option --input needs a value (FILE)")]
    [InlineData(new[] { "plan", "--input", "--format", "json" }, "option --input needs a value (FILE)")]
    [InlineData(new[] { "plan" }, "no programs to decide: give --input FILE")]
    [InlineData(new[] { "plan", "--input", "a.csv", "--app-id", "wx0123456789abcdef" }, "--app-id describes one program and cannot be combined with --input")]
    [InlineData(new[] { "plan", "--app-id", "wx0123456789abcdef" }, "--app-id needs --entity too")]
    [InlineData(new[] { "plan", "--entity", "enterprise" }, "--entity describes one program, which needs --app-id")]
    [InlineData(new[] { "plan", "--app-id", "wx0123456789abcdef", "--entity", "enterprise", "--encoding", "utf-8" }, "--encoding applies to an inventory file")]
    [InlineData(new[] { "plan", "--input", "a.csv", "--encoding", "klingon" }, "unknown encoding 'klingon'")]
    [InlineData(new[] { "plan", "--lang", "fr", "--app-id", "wx0123456789abcdef", "--entity", "enterprise" }, "option --lang does not accept 'fr'")]
    [InlineData(new[] { "plan", "--scenario", "a", "--scenario", "b", "--app-id", "wx0123456789abcdef", "--entity", "enterprise" }, "option --scenario is given more than once")]
    [InlineData(new[] { "plan", "stray", "--app-id", "wx0123456789abcdef", "--entity", "enterprise" }, "unexpected argument 'stray'")]
    [InlineData(new[] { "plan", "--force=yes" }, "option --force is a switch and takes no value")]
    [InlineData(new[] { "rules", "validate" }, "missing FILE")]
    [InlineData(new[] { "--bogus", "plan" }, "unknown option '--bogus' before the command")]
    public void Usage_errors_say_what_and_how_to_fix_on_one_line_and_exit_2(string[] args, string expected)
    {
        var r = Cli.Run(args);
        Assert.Equal(2, r.ExitCode);
        Assert.Equal(string.Empty, r.Stdout);
        var line = Assert.Single(r.ErrorLines);
        Assert.StartsWith("liveaccess: ", line);
        Assert.Contains(expected, line);
    }

    [Fact]
    public void Options_accept_the_name_equals_value_form_and_short_aliases()
    {
        var r = Cli.Run("plan", "--app-id=wx0123456789abcdef", "--entity=enterprise", "--scenario=government", "-f", "json");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("ineligible", Assert.Single(JsonDecision.Parse(r.Stdout)).Outcome);
    }

    [Fact]
    public void Global_options_may_come_before_the_command()
    {
        var r = Cli.Run("--lang", "zh-CN", "plan", "--app-id", "wx0123456789abcdef", "--entity", "enterprise", "--scenario", "government");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("不可接入", r.Stdout);
    }
}
