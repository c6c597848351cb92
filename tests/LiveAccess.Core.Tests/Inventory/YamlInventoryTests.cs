using System.Linq;
using System.Text;
using LiveAccess.Core.Inventory;
using LiveAccess.Core.Text;
using static LiveAccess.Core.Tests.Inventory.InventoryTestSupport;

namespace LiveAccess.Core.Tests.Inventory;

/// <summary>YAML inventories: shapes, keys, wrong types, anchors, aliases and tags refused, nesting, line numbers.</summary>
public sealed class YamlInventoryTests
{
    [Fact]
    public void A_sequence_of_mappings_gives_a_row_per_mapping_at_its_first_line()
    {
        var records = ReadFile("programs.yaml");
        Assert.Equal(new[] { 2, 9, 13 }, records.Lines());
        var first = records[0].Row();
        Assert.Equal((App0, "Acme Live", "enterprise", "ecommerce"), (first.AppId, first.Name, first.EntityType, first.Scenario));
        Assert.Equal(new[] { "社交/直播", "电商平台/电商平台" }, first.Categories);
        var second = records[1].Row();
        Assert.Equal((App1, "政府", "scenic-spot"), (second.AppId, second.EntityType, second.Scenario));
        Assert.Equal("社交/直播", second.Categories.Single());
        Assert.Equal("2048", records[2].Row().Name);
    }

    [Fact]
    public void A_programs_mapping_streams_its_sequence_and_ignores_its_other_keys()
    {
        var row = ReadFile("wrapper.yaml").Single().Row();
        Assert.Equal((App0, "media", 3), (row.AppId, row.EntityType, row.Source!.Line));
    }

    [Fact]
    public void Anchors_aliases_and_foreign_tags_are_refused_per_program()
    {
        var records = ReadFile("alias-bomb.yaml");
        Assert.Equal(new[] { 2, 4, 6, 8, 10 }, records.Lines());
        Assert.Equal(App0, records[0].Row().AppId);
        var anchor = records[1].Error();
        Assert.Equal(("yaml-alias", App1), (anchor.Code, anchor.AppId));
        Assert.Equal("YAML anchors and aliases ('&a') are not allowed in inventories: write the value out.", anchor.Message);
        Assert.Equal("yaml-alias", records[2].Error().Code);
        var tag = records[3].Error();
        Assert.Equal("yaml-tag", tag.Code);
        Assert.Contains("tag:yaml.org,2002:python/object:os.system", tag.Message);
        Assert.Equal(App4, records[4].Row().AppId);
    }

    [Fact]
    public void An_alias_is_refused_in_chinese_too()
    {
        var records = ReadText("- AppId: &x " + App0 + "\n", InventoryFormat.Yaml, new InventoryOptions { Language = Language.Chinese });
        Assert.Equal("清单中不允许使用 YAML 锚点和别名（“&x”）：请直接写出值。", records.Single().Error().Message);
    }

    [Fact]
    public void Core_schema_tags_are_allowed()
    {
        var row = ReadText("- AppId: !!str " + App0 + "\n  Name: !!int 2048\n", InventoryFormat.Yaml).Single().Row();
        Assert.Equal((App0, "2048"), (row.AppId, row.Name));
    }

    [Fact]
    public void An_anchor_outside_any_program_stops_the_file()
    {
        var ex = ReadFails("programs: &list\n  - AppId: " + App0 + "\n", InventoryFormat.Yaml);
        Assert.Equal(1, ex.Line);
        Assert.Contains("outside any program", ex.Message);
    }

    [Fact]
    public void Wrong_types_name_the_key_and_missing_keys_stay_empty()
    {
        var records = ReadText(
            "- AppId: " + App0 + "\n  Name: {first: a}\n" +
            "- AppId: [" + App1 + "]\n" +
            "- AppId: " + App2 + "\n  Categories: [社交/直播, [nested]]\n" +
            "- AppId: " + App3 + "\n  Name: ~\n  EntityType:\n  Scenario: null\n", InventoryFormat.Yaml);
        Assert.Equal(new[] { 1, 3, 4, 6 }, records.Lines());
        Assert.Equal("'Name' is a mapping; expected a string.", records[0].Error().Message);
        Assert.Equal("'AppId' is a sequence; expected a string.", records[1].Error().Message);
        Assert.Equal("'Categories' is a sequence; expected a string or a list of strings.", records[2].Error().Message);
        var empty = records[3].Row();
        Assert.Equal((App3, (string?)null, (string?)null, (string?)null), (empty.AppId, empty.Name, empty.EntityType, empty.Scenario));
    }

    [Fact]
    public void Entries_that_are_no_mapping_are_errors_of_their_own()
    {
        var records = ReadText("- " + App0 + "\n- [a, b]\n- AppId: " + App1 + "\n", InventoryFormat.Yaml);
        Assert.Equal(new[] { "not-an-object", "not-an-object" }, records.Take(2).Select(r => r.Error().Code));
        Assert.StartsWith("This entry is a single value; each program must be a mapping", records[0].Error().Message);
        Assert.Equal(App1, records[2].Row().AppId);
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_stops_the_file()
    {
        var ex = ReadFails("- AppId: " + App0 + "\n  Notes: " + new string('[', 40) + new string(']', 40) + "\n", InventoryFormat.Yaml);
        Assert.Equal(2, ex.Line);
        Assert.Contains("nested more than 32 levels", ex.Message);
    }

    [Fact]
    public void Malformed_yaml_is_reported_at_its_line_after_the_rows_before_it()
    {
        using var records = InventoryReader.Read(new System.IO.MemoryStream(Encoding.UTF8.GetBytes("- AppId: " + App0 + "\n- AppId: [\n")), "test", InventoryFormat.Yaml, new InventoryOptions()).GetEnumerator();
        Assert.True(records.MoveNext());
        Assert.Equal(App0, records.Current.Row().AppId);
        var ex = Assert.Throws<InventoryException>(() => records.MoveNext());
        Assert.Equal(3, ex.Line);
        Assert.StartsWith("Malformed YAML: ", ex.Message);
        Assert.DoesNotContain("(Line:", ex.Message);
    }

    [Fact]
    public void Several_documents_are_read_one_after_the_other()
    {
        var records = ReadText("- AppId: " + App0 + "\n---\n- AppId: " + App1 + "\n--- \nAppId: " + App2 + "\n", InventoryFormat.Yaml);
        Assert.Equal(new[] { 1, 3, 5 }, records.Lines());
    }

    [Fact]
    public void An_empty_sequence_is_no_rows_and_a_document_of_comments_is_an_error()
    {
        Assert.Empty(ReadText("[]\n", InventoryFormat.Yaml));
        Assert.Empty(ReadText("programs: []\n", InventoryFormat.Yaml));
        Assert.StartsWith("The file is empty; expected a YAML sequence", ReadFails("# nothing yet\n", InventoryFormat.Yaml).Message);
    }

    [Fact]
    public void A_scalar_document_stops_the_file()
    {
        Assert.StartsWith("The YAML document here is a single value;", ReadFails("just text\n", InventoryFormat.Yaml).Message);
    }
}
