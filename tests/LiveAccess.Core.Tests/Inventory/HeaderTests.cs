using System.Linq;
using LiveAccess.Core.Inventory;
using LiveAccess.Core.Text;
using static LiveAccess.Core.Tests.Inventory.InventoryTestSupport;

namespace LiveAccess.Core.Tests.Inventory;

/// <summary>Column headers in English, Chinese and mixed, repeated category columns, and header errors.</summary>
public sealed class HeaderTests
{
    [Fact]
    public void English_headers_in_any_case_spacing_and_separator_style_are_recognised()
    {
        var row = ReadText(" appid ,NAME,Entity Type,categories,SCENARIO\n" + App0 + ",A,enterprise,社交/直播,entertainment\n").Single().Row();
        Assert.Equal((App0, "A", "enterprise", "entertainment"), (row.AppId, row.Name, row.EntityType, row.Scenario));
        Assert.Equal("社交/直播", row.Categories.Single());

        var snake = ReadText("app_id,entity_type\n" + App0 + ",government\n").Single().Row();
        Assert.Equal("government", snake.EntityType);
    }

    [Theory]
    [InlineData("AppID,名称,主体类型,服务类目,直播场景")]
    [InlineData("AppID,小程序名称,主体类型,类目,场景")]
    public void Chinese_headers_are_recognised(string header)
    {
        var row = ReadText(header + "\n" + App0 + ",某某,企业,社交/直播,娱乐\n").Single().Row();
        Assert.Equal((App0, "某某", "企业", "娱乐"), (row.AppId, row.Name, row.EntityType, row.Scenario));
        Assert.Equal("社交/直播", row.Categories.Single());
    }

    [Fact]
    public void Mixed_headers_with_numbered_category_columns_and_an_unknown_column()
    {
        var row = ReadFile("mixed-headers.csv").Single().Row();
        Assert.Equal(App0, row.AppId);
        Assert.Equal("某某直播", row.Name);
        Assert.Equal(new[] { "社交/直播", "电商平台/电商平台" }, row.Categories);
        Assert.Equal("ecommerce", row.Scenario);
    }

    [Fact]
    public void Repeated_category_headers_are_concatenated_in_column_order()
    {
        var row = ReadText("Categories,AppId,Categories,Category,服务类目2\n社交/直播," + App0 + ",,电商平台/电商平台,教育/在线视频课程\n").Single().Row();
        Assert.Equal(new[] { "社交/直播", "电商平台/电商平台", "教育/在线视频课程" }, row.Categories);
    }

    [Fact]
    public void Zero_width_and_bom_characters_in_headers_are_ignored()
    {
        var row = ReadText("\u200BAppId\uFEFF,\u200DName\n" + App0 + ",A\n").Single().Row();
        Assert.Equal((App0, "A"), (row.AppId, row.Name));
    }

    [Fact]
    public void A_missing_entity_type_column_leaves_it_empty_for_the_normaliser()
    {
        var row = ReadText("AppId,Name\n" + App0 + ",A\n").Single().Row();
        Assert.Null(row.EntityType);
    }

    [Fact]
    public void Two_appid_columns_are_refused_naming_both_positions()
    {
        var ex = ReadFails("AppId,Name,AppID\n" + App0 + ",A," + App1 + "\n");
        Assert.Equal(1, ex.Line);
        Assert.Equal("Columns 1 ('AppId') and 3 ('AppID') both name AppId; keep one of them.", ex.Message);
    }

    [Fact]
    public void Two_name_columns_in_two_languages_are_refused()
    {
        var ex = ReadFails("AppId,Name,名称\n");
        Assert.Contains("Columns 2 ('Name') and 3 ('名称') both name Name", ex.Message);
    }

    [Fact]
    public void A_missing_appid_column_is_refused_listing_the_headers_found()
    {
        var ex = ReadFails("\nName,EntityType,Categories\n");
        Assert.Equal(2, ex.Line);
        Assert.StartsWith("No AppId column: the header row has 'Name', 'EntityType', 'Categories'.", ex.Message);
        Assert.DoesNotContain("looks like data", ex.Message);
    }

    [Fact]
    public void A_file_without_header_row_is_told_so()
    {
        var ex = ReadFails(App0 + ",A,enterprise\n" + App1 + ",B,enterprise\n");
        Assert.Equal(1, ex.Line);
        Assert.Contains("'" + App0 + "'", ex.Message);
        Assert.Contains("The first line looks like data", ex.Message);
    }

    [Fact]
    public void A_missing_appid_column_is_explained_in_chinese()
    {
        var ex = ReadFails("名称,主体类型\n", language: Language.Chinese);
        Assert.StartsWith("缺少 AppId 列：表头行为 '名称', '主体类型'", ex.Message);
    }

    [Fact]
    public void A_header_row_without_names_is_refused()
    {
        Assert.Contains("(no column names)", ReadFails(",,\n" + App0 + ",,\n").Message);
    }
}
