using System.IO;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using LiveAccess.Core.Reports;
using YamlDotNet.RepresentationModel;

namespace LiveAccess.Core.Tests.Reports;

public sealed class YamlWriterTests
{
    private static string ReadBack(string yamlValue)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader("v: " + yamlValue + "\n"));
        var node = (YamlScalarNode)((YamlMappingNode)stream.Documents[0].RootNode)["v"];
        Assert.True(node.Style != YamlDotNet.Core.ScalarStyle.Plain || yamlValue == node.Value, yamlValue);
        return node.Value!;
    }

    /// <summary>What the writer promises to keep: everything but lone surrogates (U+FFFD instead).</summary>
    private static string Keepable(string s)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { sb.Append(s[i]).Append(s[++i]); continue; }
            sb.Append(char.IsSurrogate(s[i]) ? '\uFFFD' : s[i]);
        }
        return sb.ToString();
    }

    [Theory]
    [InlineData("plain text")]
    [InlineData("社交/直播")]
    [InlineData("true")]
    [InlineData("No")]
    [InlineData("0123")]
    [InlineData("1e5")]
    [InlineData("2026-11-21")]
    [InlineData(".inf")]
    [InlineData("~")]
    [InlineData("- item")]
    [InlineData("key: value")]
    [InlineData("a #comment")]
    [InlineData("ends with colon:")]
    [InlineData(" padded ")]
    [InlineData("\"quoted\" and \\ back")]
    [InlineData("line\nbreak\r\ttab\u0001")]
    [InlineData("@at `tick` %pct !tag &anchor *alias |pipe >fold")]
    [InlineData("")]
    public void Values_read_back_as_written(string value) => Assert.Equal(value, ReadBack(YamlWriter.Quote(value)));

    [Fact]
    public void Any_string_reads_back()
    {
        Prop.ForAll<NonNull<string>>(s =>
        {
            var value = s.Get;
            return Keepable(value) == ReadBack(YamlWriter.Quote(value));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Nested_and_empty_containers()
    {
        var text = new StringWriter();
        var y = new YamlWriter(text);
        y.BeginMap();
        y.Field("a", "1");
        y.Key("empty-list"); y.BeginList(); y.EndList();
        y.Key("empty-map"); y.BeginMap(); y.EndMap();
        y.Key("items");
        y.BeginList();
        y.BeginMap(); y.Field("x", true); y.Key("inner"); y.BeginList(); y.String("p"); y.EndList(); y.EndMap();
        y.BeginMap(); y.EndMap();
        y.String("scalar");
        y.EndList();
        y.EndMap();
        Assert.Equal("a: \"1\"\nempty-list: []\nempty-map: {}\nitems:\n  - x: true\n    inner:\n      - p\n  - {}\n  - scalar\n", text.ToString());
        var stream = new YamlStream();
        stream.Load(new StringReader(text.ToString()));
        var items = (YamlSequenceNode)((YamlMappingNode)stream.Documents[0].RootNode)["items"];
        Assert.Equal(3, items.Children.Count);
    }
}
