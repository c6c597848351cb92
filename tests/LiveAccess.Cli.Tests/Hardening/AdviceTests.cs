using System.IO;
using System.Text;

namespace LiveAccess.Cli.Tests.Hardening;

/// <summary>When a message tells the user what to do, doing it works: the advice names real options.</summary>
public sealed class AdviceTests : System.IDisposable
{
    private const string Csv = "AppId,Name,EntityType,Categories,Scenario\r\nwx1a2b3c4d5e6f7081,优选商城,企业,电商平台/电商平台,ecommerce\r\n";
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_file_without_an_extension_is_told_to_use_input_format_and_that_works()
    {
        var path = _dir.Write("apps", Csv);
        var refused = Cli.Run("plan", "--input", path, "--format", "json");
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("--input-format csv|json|yaml", refused.ErrorLines[0]);
        Hostile.AssertNoStackTrace(refused);

        var r = Cli.Run("plan", "--input", path, "--input-format", "csv", "--format", "json");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("eligible", Assert.Single(JsonDecision.Parse(r.Stdout)).Outcome);
    }

    [Fact]
    public void UTF16_without_a_byte_order_mark_is_told_to_give_the_encoding_and_that_works()
    {
        var path = _dir.WriteBytes("apps.csv", new UnicodeEncoding(false, false).GetBytes(Csv));
        var refused = Cli.Run("plan", "--input", path, "--format", "json");
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("--encoding utf-16", refused.ErrorLines[0]);

        var r = Cli.Run("plan", "--input", path, "--encoding", "utf-16", "--format", "json");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("优选商城", Assert.Single(JsonDecision.Parse(r.Stdout)).Name);
    }

    [Fact]
    public void A_directory_given_as_input_is_called_a_directory_whatever_its_name()
    {
        var dir = Directory.CreateDirectory(Path.Combine(_dir.Path, "reports")).FullName;
        var r = Cli.Run("plan", "--input", dir);
        Assert.Equal(2, r.ExitCode);
        Assert.StartsWith(dir + ": This is a directory", r.ErrorLines[0]);
    }

    [Fact]
    public void A_missing_file_without_an_extension_is_called_missing()
    {
        var path = _dir.File("no-such-inventory");
        var r = Cli.Run("plan", "--input", path);
        Assert.Equal(2, r.ExitCode);
        Assert.StartsWith(path + ": The inventory file does not exist", r.ErrorLines[0]);
    }

    // .NET knows the name UTF-7 but refuses to use it (NotSupportedException): that was reported as
    // an unexpected error; it is an encoding the command cannot read, like an unknown name.
    [Theory]
    [InlineData("utf-7")]
    [InlineData("no-such-encoding")]
    public void An_encoding_that_cannot_be_used_is_a_usage_error_listing_the_usable_ones(string name)
    {
        var path = _dir.Write("apps.csv", Csv);
        var r = Cli.Run("plan", "--input", path, "--encoding", name);
        Assert.Equal(2, r.ExitCode);
        Assert.StartsWith("liveaccess: unknown encoding '" + name + "'. Use utf-8, utf-16", r.ErrorLines[0]);
        Hostile.AssertNoStackTrace(r);
    }
}
