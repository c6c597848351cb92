using System.Linq;
using System.Text;
using LiveAccess.Core.Inventory;
using static LiveAccess.Core.Tests.Inventory.InventoryTestSupport;

namespace LiveAccess.Core.Tests.Inventory;

/// <summary>What real CSV files do: blank lines, multi-line values, ragged rows, broken quotes, huge fields.</summary>
public sealed class CsvQuirkTests
{
    private const string Header = "AppId,Name,EntityType,Categories,Scenario\n";

    [Fact]
    public void Quirks_file_gives_one_result_per_row_at_its_physical_line()
    {
        var records = ReadFile("quirks.csv");
        Assert.Equal(new[] { 3, 5, 6, 7, 9, 10, 12 }, records.Lines());

        Assert.Equal("Two\nline name", records[0].Row().Name);
        Assert.Null(records[1].Row().EntityType);
        Assert.Equal("unbalanced-quote", records[2].Error().Code);
        Assert.Equal(App2, records[2].Error().AppId);
        Assert.Equal("After", records[3].Row().Name);
        Assert.Equal("extra-fields", records[4].Row().Warnings.Single().Code);
        Assert.Equal("Ctrl\u0007\u0001name", records[5].Row().Name);
        Assert.Equal("Last", records[6].Row().Name);
    }

    [Fact]
    public void Blank_and_white_space_lines_are_skipped_and_not_counted_as_rows()
    {
        var records = ReadText("\n\n" + Header + "\n\n" + App0 + ",A\n   \n\t\n" + App1 + ",B\n\n");
        Assert.Equal(new[] { 6, 9 }, records.Lines());
    }

    [Fact]
    public void Multi_line_quoted_values_keep_later_line_numbers_right()
    {
        var records = ReadText(Header + App0 + ",\"a\nb\nc\",enterprise,\"社交/直播\n电商平台/电商平台\",x\n" + App1 + ",B\n");
        Assert.Equal(new[] { 2, 6 }, records.Lines());
        Assert.Equal("a\nb\nc", records[0].Row().Name);
        Assert.Equal("社交/直播\n电商平台/电商平台", records[0].Row().Categories.Single());
    }

    [Fact]
    public void Crlf_and_lone_cr_line_endings_count_as_one_line_each()
    {
        var records = ReadText("AppId,Name\r\n" + App0 + ",A\r" + App1 + ",\"B\r\nC\"\r\n" + App2 + ",D");
        Assert.Equal(new[] { 2, 3, 5 }, records.Lines());
    }

    [Fact]
    public void A_row_with_too_few_fields_is_read_when_it_has_an_appid()
    {
        var row = ReadText(Header + App0 + "\n").Single().Row();
        Assert.Equal(App0, row.AppId);
        Assert.Null(row.Name);
        Assert.Empty(row.Categories);
    }

    [Fact]
    public void Extra_fields_are_noted_with_their_values()
    {
        var row = ReadText("AppId,Name,EntityType\n" + App0 + ",Acme, Inc,enterprise\n").Single().Row();
        Assert.Equal("Inc", row.EntityType);
        var note = row.Warnings.Single();
        Assert.Equal("extra-fields", note.Code);
        Assert.Contains("4 fields but the header has 3", note.Text);
        Assert.Contains("'enterprise'", note.Text);
    }

    [Fact]
    public void Trailing_empty_fields_from_excel_are_not_noted()
    {
        var row = ReadText("AppId,Name\n" + App0 + ",A,,,\n").Single().Row();
        Assert.Empty(row.Warnings);
    }

    [Fact]
    public void Records_with_only_empty_fields_are_skipped()
    {
        var records = ReadText(Header + ",,,,\n" + App0 + ",A\n , , ,,\n");
        Assert.Equal(new[] { 3 }, records.Lines());
    }

    [Fact]
    public void An_unclosed_quote_is_an_error_for_its_line_and_the_rows_it_swallowed_are_read()
    {
        var records = ReadText(Header +
            App0 + ",\"Acme,enterprise,社交/直播,entertainment\n" +
            App1 + ",Good,enterprise,社交/直播,entertainment\n" +
            App2 + ",Good too,enterprise,社交/直播,entertainment\n");
        Assert.Equal(new[] { 2, 3, 4 }, records.Lines());
        var error = records[0].Error();
        Assert.Equal("unbalanced-quote", error.Code);
        Assert.Equal(App0, error.AppId);
        Assert.Contains("line 4", error.Message);
        Assert.Equal("Good", records[1].Row().Name);
        Assert.Equal("Good too", records[2].Row().Name);
    }

    [Fact]
    public void A_quote_closed_rows_later_by_another_value_still_gives_every_row()
    {
        var records = ReadText(Header +
            App0 + ",\"Acme,enterprise\n" +
            App1 + ",Good,enterprise\n" +
            App2 + ",\"Name, Inc\",enterprise\n" +
            App3 + ",Last,enterprise\n");
        Assert.Equal(new[] { 2, 3, 4, 5 }, records.Lines());
        Assert.Equal("unbalanced-quote", records[0].Error().Code);
        Assert.Equal("Good", records[1].Row().Name);
        Assert.Equal("Name, Inc", records[2].Row().Name);
        Assert.Equal("Last", records[3].Row().Name);
    }

    [Fact]
    public void A_quote_left_open_by_a_value_that_closes_it_cleanly_is_caught_by_the_next_appid()
    {
        // Line 2 opens a quote; line 3 ends one (`Good"`): CsvHelper sees one clean field over two lines.
        // Read again on its own, line 3 is a row whose name holds a stray quote.
        var records = ReadText("AppId,Name,EntityType\n" +
            App0 + ",\"Acme,enterprise\n" +
            App1 + ",Good\",enterprise\n" +
            App2 + ",Fine,enterprise\n");
        Assert.Equal(new[] { 2, 3, 4 }, records.Lines());
        Assert.Equal("unbalanced-quote", records[0].Error().Code);
        Assert.Equal("Good\"", records[1].Row().Name);
        Assert.Equal("Fine", records[2].Row().Name);
    }

    [Fact]
    public void A_quote_never_closed_on_the_last_line_is_an_error()
    {
        var records = ReadText(Header + App0 + ",A\n" + App1 + ",\"B,enterprise");
        Assert.Equal(new[] { 2, 3 }, records.Lines());
        Assert.Equal("unbalanced-quote", records[1].Error().Code);
        Assert.Contains("never closed", records[1].Error().Message);
    }

    [Fact]
    public void Stray_quotes_inside_values_are_kept_as_text()
    {
        var row = ReadText("AppId,Name\n" + App0 + ",27\" screen shop\n").Single().Row();
        Assert.Equal("27\" screen shop", row.Name);
    }

    [Fact]
    public void A_field_of_megabytes_is_read_and_messages_quote_only_its_start()
    {
        var huge = new string('名', 1024 * 1024);
        var records = ReadText("AppId,Name\n" + App0 + "," + huge + "," + huge + "\n" + App1 + ",B\n");
        var row = records[0].Row();
        Assert.Equal(huge.Length, row.Name!.Length);
        Assert.True(row.Warnings.Single().Text.Length < 400, "The note quotes the extra value in full.");
        Assert.Equal(3, records[1].Row().Source!.Line);
    }

    [Fact]
    public void An_unclosed_quote_before_megabytes_of_rows_is_cut_off_and_the_rows_are_read()
    {
        var sb = new StringBuilder(Header + App0 + ",\"Never closed,enterprise\n");
        var rows = 0;
        while (sb.Length < CsvTestLimits.OverRecordLimit) sb.Append($"wx{rows++:x16},Program,enterprise,社交/直播,entertainment\n");
        var records = ReadText(sb.ToString());

        Assert.Equal(rows + 1, records.Count);
        var error = records[0].Error();
        Assert.Equal("record-too-large", error.Code);
        Assert.Equal(2, error.Source!.Line);
        Assert.Equal(Enumerable.Range(3, rows), records.Skip(1).Lines());
        Assert.All(records.Skip(1), r => Assert.NotNull(r.Row));
    }

    [Fact]
    public void Header_only_gives_no_rows_and_no_error()
    {
        Assert.Empty(ReadText(Header));
        Assert.Empty(ReadText("AppId,Name"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n  \r\n")]
    public void An_empty_file_is_refused_with_what_was_expected(string text)
    {
        var ex = ReadFails(text);
        Assert.Equal("The file is empty; expected a header row with AppId, EntityType, Categories, Scenario.", ex.Message);
        Assert.Equal("test", ex.File);
    }

    [Fact]
    public void An_empty_file_is_refused_in_chinese_too()
    {
        Assert.Contains("文件为空", ReadFails("", language: Text.Language.Chinese).Message);
    }

    [Theory]
    [InlineData(';')]
    [InlineData('\t')]
    [InlineData('|')]
    public void Semicolon_tab_and_pipe_separated_files_are_detected_from_the_header(char separator)
    {
        var text = string.Join(separator, "AppId", "Name", "Categories") + "\n" + string.Join(separator, App0, "A, B", "社交/直播, 电商平台/电商平台") + "\n";
        var row = ReadText(text).Single().Row();
        Assert.Equal("A, B", row.Name);
        Assert.Equal("社交/直播, 电商平台/电商平台", row.Categories.Single());
    }

    [Fact]
    public void Excel_separator_hint_line_is_honoured()
    {
        var records = ReadFile("excel-semicolon.csv");
        var row = records.Single().Row();
        Assert.Equal("Acme, Inc", row.Name);
        Assert.Equal(3, row.Source!.Line);
    }

    [Fact]
    public void Values_are_trimmed_and_a_quote_after_spaces_still_opens_a_quoted_value()
    {
        var row = ReadText("AppId,Name,Categories\n " + App0 + " , \"A, B\" , 社交/直播 \n").Single().Row();
        Assert.Equal(App0, row.AppId);
        Assert.Equal("A, B", row.Name);
        Assert.Equal("社交/直播", row.Categories.Single());
    }
}

/// <summary>Sizes around the CSV reader's record limit.</summary>
internal static class CsvTestLimits
{
    public const int OverRecordLimit = 17 * 1024 * 1024;
}
