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
}
