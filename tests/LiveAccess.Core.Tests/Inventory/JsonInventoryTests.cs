using System.Linq;
using System.Text;
using LiveAccess.Core.Inventory;
using static LiveAccess.Core.Tests.Inventory.InventoryTestSupport;

namespace LiveAccess.Core.Tests.Inventory;

/// <summary>JSON inventories: the shapes accepted, keys, wrong types, line numbers, malformed input.</summary>
public sealed class JsonInventoryTests
{
    [Fact]
    public void An_array_of_objects_gives_a_row_per_object_at_its_first_line()
    {
        var records = ReadFile("programs.json");
        Assert.Equal(new[] { 2, 9, 10 }, records.Lines());
        var first = records[0].Row();
        Assert.Equal((App0, "Acme Live", "enterprise", "ecommerce"), (first.AppId, first.Name, first.EntityType, first.Scenario));
        Assert.Equal(new[] { "社交/直播", "电商平台/电商平台" }, first.Categories);
        var second = records[1].Row();
        Assert.Equal(("government", "scenic-spot"), (second.EntityType, second.Scenario));
        Assert.Equal("社交/直播", second.Categories.Single());
        var third = records[2].Row();
        Assert.Equal((App2, "缺少主体"), (third.AppId, third.Name));
        Assert.Null(third.EntityType);
        Assert.Empty(third.Categories);
    }

    [Fact]
    public void Wrong_types_are_errors_of_their_object_naming_key_and_expected_type()
    {
        var records = ReadFile("bad-types.json");
        Assert.Equal(new[] { 2, 3, 4, 5, 6 }, records.Lines());

        var number = records[0].Error();
        Assert.Equal(("wrong-type", "'AppId' is a number; expected a string."), (number.Code, number.Message));
        Assert.Null(number.AppId);
        var obj = records[1].Error();
        Assert.Equal("'Categories' is an object; expected a string or a list of strings.", obj.Message);
        Assert.Equal(App1, obj.AppId);
        Assert.Equal("'Categories' is a number; expected a string or a list of strings.", records[2].Error().Message);
        var notObject = records[3].Error();
        Assert.Equal("not-an-object", notObject.Code);
        Assert.StartsWith("This entry is a string; each program must be an object", notObject.Message);
        Assert.Null(records[4].Row().Name);
    }

    [Fact]
    public void A_wrapper_object_streams_its_programs_array_and_ignores_its_other_keys()
    {
        var row = ReadFile("wrapper.json").Single().Row();
        Assert.Equal((App0, "media", 4), (row.AppId, row.EntityType, row.Source!.Line));
    }

    [Fact]
    public void A_single_object_is_one_program()
    {
        var row = ReadText("{ \"AppId\": \"" + App0 + "\", \"主体类型\": \"企业\", \"服务类目\": \"社交/直播\" }", InventoryFormat.Json).Single().Row();
        Assert.Equal((App0, "企业", 1), (row.AppId, row.EntityType, row.Source!.Line));
    }

    [Fact]
    public void Json_lines_give_one_program_per_line()
    {
        var records = ReadText("{\"AppId\":\"" + App0 + "\"}\n\n{\"AppId\":\"" + App1 + "\"}\n", InventoryFormat.Json);
        Assert.Equal(new[] { 1, 3 }, records.Lines());
    }

    [Fact]
    public void Comments_trailing_commas_and_crlf_are_accepted()
    {
        var text = "// exported from the console\r\n[\r\n  { \"AppId\": \"" + App0 + "\", /* entity */ \"EntityType\": \"media\", },\r\n  { \"AppId\": \"" + App1 + "\" },\r\n]\r\n";
        var records = ReadText(text, InventoryFormat.Json);
        Assert.Equal(new[] { 3, 4 }, records.Lines());
        Assert.Equal("media", records[0].Row().EntityType);
    }

    [Fact]
    public void Numbered_category_keys_are_concatenated_and_a_duplicate_appid_key_is_an_error()
    {
        var records = ReadText("[{\"AppId\":\"" + App0 + "\",\"Category1\":\"社交/直播\",\"category2\":[\"电商平台/电商平台\"]},\n{\"AppId\":\"" + App1 + "\",\"appid\":\"" + App2 + "\"}]", InventoryFormat.Json);
        Assert.Equal(new[] { "社交/直播", "电商平台/电商平台" }, records[0].Row().Categories);
        var duplicate = records[1].Error();
        Assert.Equal(("duplicate-key", App1), (duplicate.Code, duplicate.AppId));
        Assert.Equal("'AppId' and 'appid' both give AppId; keep one of them.", duplicate.Message);
    }

    [Fact]
    public void Nested_values_inside_a_program_are_skipped_as_wrong_types_and_the_next_program_is_read()
    {
        var nested = string.Concat(Enumerable.Repeat("{\"a\":", 20)) + "1" + new string('}', 20);
        var records = ReadText("[{\"AppId\":\"" + App0 + "\",\"Name\":" + nested + ",\"Unknown\":[[1,[2]]]},{\"AppId\":\"" + App1 + "\"}]", InventoryFormat.Json);
        Assert.Equal("'Name' is an object; expected a string.", records[0].Error().Message);
        Assert.Equal(App1, records[1].Row().AppId);
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_stops_the_file()
    {
        var deep = new string('[', 40) + new string(']', 40);
        var ex = ReadFails(deep, InventoryFormat.Json);
        Assert.StartsWith("Malformed JSON:", ex.Message);
        Assert.Contains("depth", ex.Message);
    }

    [Fact]
    public void Malformed_json_is_reported_at_its_line_after_the_rows_before_it()
    {
        var text = "[\n {\"AppId\": \"" + App0 + "\"},\n {\"AppId\": x}\n]";
        using var records = InventoryReader.Read(new System.IO.MemoryStream(Encoding.UTF8.GetBytes(text)), "test", InventoryFormat.Json, new InventoryOptions()).GetEnumerator();
        Assert.True(records.MoveNext());
        Assert.Equal(App0, records.Current.Row().AppId);
        var ex = Assert.Throws<InventoryException>(() => records.MoveNext());
        Assert.Equal(3, ex.Line);
        Assert.StartsWith("Malformed JSON: 'x' is an invalid start of a value.", ex.Message);
    }

    [Theory]
    [InlineData("42", "a number")]
    [InlineData("\"wx0123456789abcdef\"", "a string")]
    public void A_top_level_value_that_is_no_object_or_array_stops_the_file(string json, string kind)
    {
        Assert.StartsWith("The JSON value here is " + kind + ";", ReadFails(json, InventoryFormat.Json).Message);
    }

    [Fact]
    public void An_empty_array_is_no_rows_and_an_empty_document_is_an_error()
    {
        Assert.Empty(ReadText("[ ]", InventoryFormat.Json));
        Assert.Empty(ReadText("{\"programs\": []}", InventoryFormat.Json));
        Assert.StartsWith("The file is empty; expected a JSON array", ReadFails("// nothing here\n", InventoryFormat.Json).Message);
    }

    [Fact]
    public void Utf16_json_from_windows_powershell_is_read()
    {
        // ConvertTo-Json | Out-File in Windows PowerShell 5.1 writes UTF-16 LE with a BOM.
        var bytes = WithBom(new UnicodeEncoding(false, true), "[\r\n    {\r\n        \"AppId\":  \"" + App0 + "\",\r\n        \"Name\":  \"直播小店\"\r\n    }\r\n]\r\n");
        var row = ReadBytes(bytes, InventoryFormat.Json).Single().Row();
        Assert.Equal(("直播小店", 2), (row.Name, row.Source!.Line));
    }

    [Fact]
    public void A_string_of_megabytes_is_read()
    {
        var huge = new string('x', 3 * 1024 * 1024);
        var records = ReadText("[{\"AppId\":\"" + App0 + "\",\"Name\":\"" + huge + "\"},\n{\"AppId\":\"" + App1 + "\"}]", InventoryFormat.Json);
        Assert.Equal(huge, records[0].Row().Name);
        Assert.Equal(2, records[1].Row().Source!.Line);
    }

    [Fact]
    public void Invalid_bytes_inside_a_program_fail_that_program_only()
    {
        var head = Encoding.ASCII.GetBytes("[\n" + string.Concat(Enumerable.Range(0, 2000).Select(i => $"{{\"AppId\":\"wx{i:x16}\",\"Name\":\"padding padding\"}},\n")));
        var bad = Encoding.ASCII.GetBytes("{\"AppId\":\"" + App0 + "\",\n\"Name\":\"").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.ASCII.GetBytes("\"},\n")).ToArray();
        var tail = Encoding.ASCII.GetBytes("{\"AppId\":\"" + App1 + "\"}\n]");
        Assert.True(head.Length > 65_536);
        var records = ReadBytes(head.Concat(bad).Concat(tail).ToArray(), InventoryFormat.Json);
        var error = records[2000].Error();
        Assert.Equal(("invalid-encoding", 2002, App0), (error.Code, error.Source!.Line, error.AppId));
        Assert.Contains("Line 2003", error.Message);
        Assert.Equal(App1, records[2001].Row().AppId);
    }
}
