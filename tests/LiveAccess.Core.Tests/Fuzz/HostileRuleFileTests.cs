using System;
using System.IO;
using System.Linq;
using System.Text;
using LiveAccess.Core.Rules;

namespace LiveAccess.Core.Tests.Fuzz;

/// <summary>Rule files as they arrive from Windows and from hostile hands: refused with a position, or read.</summary>
public sealed class HostileRuleFileTests : IDisposable
{
    private const string Extension = "schema: 1\nmode: extend\nversion: \"ops-1\"\nremoveRoutes: [education.saas]\n";
    private readonly string _dir = Directory.CreateTempSubdirectory("liveaccess-rules-").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_UTF16_rule_file_with_a_byte_order_mark_is_read(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, true);
        var path = Write("ops.yaml", encoding.GetPreamble().Concat(encoding.GetBytes(Extension)).ToArray());
        Assert.EndsWith("+ops-1", RuleSetLoader.LoadFile(path).Version);
    }

    [Fact]
    public void A_UTF16_rule_file_without_a_byte_order_mark_is_refused_at_its_first_NUL()
    {
        var path = Write("ops.yaml", new UnicodeEncoding(false, false).GetBytes(Extension));
        var error = Assert.Single(Assert.Throws<RuleFileException>(() => RuleSetLoader.LoadFile(path)).Errors);
        Assert.Equal((1, 2), (error.Line, error.Column));
        Assert.Contains("save it as UTF-8", error.Message);
    }

    [Fact]
    public void A_device_that_never_ends_is_refused_without_reading_it_all()
    {
        // /dev/zero reports a length of 0 and never ends; reading it whole ran out of memory.
        if (!File.Exists("/dev/zero")) return; // Windows has no such device.
        var error = Assert.Single(Assert.Throws<RuleFileException>(() => RuleSetLoader.LoadFile("/dev/zero")).Errors);
        Assert.Contains("larger than", error.Message);
    }

    [Fact]
    public void A_value_of_megabytes_is_refused_where_it_is()
    {
        // The version goes into every decision: a huge one would turn each decision into megabytes.
        var yaml = "mode: extend\nversion: " + new string('x', 20_000) + "\n";
        var error = Assert.Single(Assert.Throws<RuleFileException>(() => RuleSetLoader.Load(yaml, "mine.yaml")).Errors);
        Assert.Equal((2, 10), (error.Line, error.Column));
        Assert.Contains("20000 characters", error.Message);
    }
}
