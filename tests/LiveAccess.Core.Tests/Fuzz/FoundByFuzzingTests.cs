using System.IO;
using System.Linq;
using System.Text;
using LiveAccess.Core.Inventory;
using LiveAccess.Core.Rules;

namespace LiveAccess.Core.Tests.Fuzz;

/// <summary>The smallest inputs the fuzzing found that broke a reader, kept so they stay fixed.</summary>
public sealed class FoundByFuzzingTests
{
    // YamlDotNet 16.3's scanner throws InvalidOperationException (not YamlException) for a lone
    // carriage return inside a flow mapping: old Mac line endings, or a damaged file.
    private const string LoneCarriageReturnInFlow = ": {\rs";

    [Fact]
    public void A_yaml_inventory_the_yaml_parser_chokes_on_is_refused_as_malformed_yaml()
    {
        var yaml = "- AppId: wx1a2b3c4d5e6f7081\n  EntityType: 企业\n  Scenario: government\n- AppId: wx2b3c4d5e6f708192\n  Name" + LoneCarriageReturnInFlow + "\n";
        var records = new System.Collections.Generic.List<LiveAccess.Core.Domain.InventoryRecord>();
        var ex = Assert.Throws<InventoryException>(() =>
        {
            foreach (var r in InventoryReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(yaml)), "apps.yaml", InventoryFormat.Yaml, new InventoryOptions()))
                records.Add(r);
        });
        Assert.Single(records);
        Assert.Equal("apps.yaml", ex.File);
        Assert.Equal(5, ex.Line);
        Assert.StartsWith("Malformed YAML:", ex.Message);
    }

    [Fact]
    public void A_rule_file_the_yaml_parser_chokes_on_is_refused_with_its_position()
    {
        var ex = Assert.Throws<RuleFileException>(() => RuleSetLoader.Load("mode: extend\nversion: x\ntitle" + LoneCarriageReturnInFlow + "\n", "mine.yaml"));
        var error = Assert.Single(ex.Errors);
        Assert.Equal("mine.yaml", error.File);
        Assert.Equal(3, error.Line);
        Assert.StartsWith("Malformed YAML", error.Message);
    }

    // YamlDotNet takes a NUL for the end of the input: the guard passed the file, then the loader
    // failed with ArgumentException ("The current event is of an unsupported type").
    [Fact]
    public void A_rule_file_with_a_NUL_character_is_refused_where_it_is()
    {
        var ex = Assert.Throws<RuleFileException>(() => RuleSetLoader.Load("mode: extend\nversion: x\nroutes:\n  - id: a\n    scenario: ecommerc\0\n", "mine.yaml"));
        var error = Assert.Single(ex.Errors);
        Assert.Equal((5, 23), (error.Line, error.Column));
        Assert.Contains("control character (U+0000)", error.Message);
    }
}
