using System.IO;
using System.Linq;
using LiveAccess.Core.Reports;

namespace LiveAccess.Core.Tests.Reports;

public sealed class ReportHelperTests
{
    [Theory]
    [InlineData("plain 社交/直播", "plain 社交/直播")]
    [InlineData("a|b", "a\\|b")]
    [InlineData("<b>*x*</b>", "\\<b\\>\\*x\\*\\</b\\>")]
    [InlineData("[link](http://x) `code` _u_ ~s~ &amp; #h", "\\[link\\](http://x) \\`code\\` \\_u\\_ \\~s\\~ \\&amp; \\#h")]
    [InlineData("line\r\nbreak\n\nend", "line break end")]
    [InlineData("back\\slash", "back\\\\slash")]
    public void Markdown_inline_escaping(string text, string expected) => Assert.Equal(expected, MarkdownText.Inline(text));

    [Theory]
    [InlineData("ok", "ok")]
    [InlineData("a\u0001b", "a\uFFFDb")]
    [InlineData("tab\tand\nnewline", "tab\tand\nnewline")]
    [InlineData("pair 😀", "pair 😀")]
    [InlineData("\uFFFE", "\uFFFD")]
    public void Xml_text_cleaning(string text, string expected) => Assert.Equal(expected, XmlText.Clean(text));

    [Fact]
    public void Xml_text_cleaning_replaces_lone_surrogates()
    {
        // Built at run time: attribute arguments cannot carry a lone surrogate.
        var high = new string((char)0xD800, 1);
        var low = new string((char)0xDC00, 1);
        Assert.Equal("lone \uFFFD high \uFFFD low", XmlText.Clean("lone " + high + " high " + low + " low"));
    }

    [Fact]
    public void Spool_moves_to_a_file_past_its_threshold_and_deletes_it()
    {
        var spool = new TextSpool(threshold: 10);
        spool.WriteLine("first line");
        spool.WriteLine("second 第二");
        var files = Directory.GetFiles(Path.GetTempPath(), "liveaccess-*.spool");
        Assert.NotEmpty(files);
        Assert.Equal(new[] { "first line", "second 第二" }, spool.ReadLines());
        var copy = new StringWriter();
        spool.CopyTo(copy);
        Assert.Equal("first line\nsecond 第二\n", copy.ToString());
        spool.Dispose();
        Assert.Empty(Directory.GetFiles(Path.GetTempPath(), "liveaccess-*.spool").Intersect(files));
    }

    [Fact]
    public void Spool_in_memory()
    {
        using var spool = new TextSpool();
        Assert.True(spool.IsEmpty);
        spool.Write("x");
        Assert.False(spool.IsEmpty);
        Assert.Equal("x", string.Concat(spool.ReadChunks()));
    }

    [Theory]
    [InlineData("examples/inventory.csv", "examples/inventory.csv")]
    [InlineData("./examples/inventory.csv", "examples/inventory.csv")]
    [InlineData("examples\\inventory.csv", "examples/inventory.csv")]
    [InlineData("-", null)]
    [InlineData(null, null)]
    public void Inventory_paths_relative(string? path, string? expected) => Assert.Equal(expected, InventoryPaths.Relative(path));

    [Fact]
    public void Absolute_paths_inside_the_base_become_relative_outside_stay_absolute()
    {
        var root = Path.GetFullPath(Path.Combine(Path.GetTempPath(), "repo"));
        Assert.Equal("data/apps.csv", InventoryPaths.Relative(Path.Combine(root, "data", "apps.csv"), root));
        Assert.Equal("/elsewhere/apps.csv", InventoryPaths.Relative("/elsewhere/apps.csv", root));
        Assert.Equal("file:///elsewhere/my%20apps.csv", InventoryPaths.ToUri("/elsewhere/my apps.csv"));
        Assert.Equal("a%2Cb/c%3Ad%25.csv", InventoryPaths.ToUri("a,b/c:d%.csv"));
    }

    [Fact]
    public void With_a_repository_root_relative_paths_are_resolved_from_the_current_directory_first()
    {
        var cwd = Directory.GetCurrentDirectory();
        var parent = Path.GetDirectoryName(cwd)!;
        Assert.Equal(Path.GetFileName(cwd) + "/apps.csv", InventoryPaths.Relative("apps.csv", parent));
        Assert.Equal("apps.csv", InventoryPaths.Relative("./apps.csv", cwd));
    }

    [Theory]
    [InlineData("Fix this", "Fix this.")]
    [InlineData("Done.", "Done.")]
    [InlineData("补充类目", "补充类目。")]
    [InlineData("ends with colon:", "ends with colon:")]
    public void Sentences_end_once(string text, string expected) => Assert.Equal(expected, ReportText.EndSentence(text));

    [Fact]
    public void Fingerprints_hash_the_parts()
    {
        Assert.Equal(SarifFingerprint.Of("a", "b"), SarifFingerprint.Of("a", "b"));
        Assert.NotEqual(SarifFingerprint.Of("a", "b"), SarifFingerprint.Of("a\nb"[..1], "b", "c"));
        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", SarifFingerprint.Of(""));
    }
}
