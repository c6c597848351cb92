using System.Linq;
using System.Text;
using LiveAccess.Core.Inventory;
using static LiveAccess.Core.Tests.Inventory.InventoryTestSupport;

namespace LiveAccess.Core.Tests.Inventory;

/// <summary>Encodings Windows tools write, detection, the override, and bytes that are no text.</summary>
public sealed class EncodingTests
{
    private const string Sample = "AppId,Name,EntityType,Categories,Scenario\n" + App0 + ",直播小店,企业,社交/直播,娱乐\n";

    [Fact]
    public void Utf8_without_bom_is_read()
    {
        var row = ReadBytes(new UTF8Encoding(false).GetBytes(Sample)).Single().Row();
        Assert.Equal("直播小店", row.Name);
        Assert.Equal(2, row.Source!.Line);
    }

    [Fact]
    public void Utf8_bom_is_dropped_before_the_first_header()
    {
        var row = ReadBytes(WithBom(new UTF8Encoding(true), Sample)).Single().Row();
        Assert.Equal(App0, row.AppId);
        Assert.Equal("企业", row.EntityType);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16_with_bom_is_read_in_both_byte_orders(bool bigEndian)
    {
        var row = ReadBytes(WithBom(new UnicodeEncoding(bigEndian, true), Sample)).Single().Row();
        Assert.Equal("直播小店", row.Name);
        Assert.Equal(new[] { "社交/直播" }, row.Categories);
    }

    [Fact]
    public void Windows_PowerShell_export_csv_utf16_with_type_line_is_read()
    {
        // Export-Csv -Encoding Unicode in Windows PowerShell 5.1: UTF-16 LE with BOM, CRLF, every field quoted, a #TYPE line first.
        var records = ReadFile("powershell51-utf16le.csv");
        Assert.Equal(new[] { 3, 4 }, records.Lines());
        Assert.Equal("直播小店", records[0].Row().Name);
        Assert.Equal("education", records[1].Row().Scenario);
    }

    [Fact]
    public void Utf16_big_endian_tab_separated_file_is_read()
    {
        var row = ReadFile("utf16be-tab.csv").Single().Row();
        Assert.Equal("直播小店", row.Name);
        Assert.Equal("entertainment", row.Scenario);
    }

    [Fact]
    public void Gb18030_from_excel_is_detected_with_chinese_headers_and_values()
    {
        var records = ReadFile("excel-gb18030.csv");
        Assert.Equal(2, records.Count);
        var first = records[0].Row();
        Assert.Equal(App0, first.AppId);
        Assert.Equal("某某直播", first.Name);
        Assert.Equal("企业", first.EntityType);
        Assert.Equal("娱乐", first.Scenario);
        Assert.Equal(new[] { "电商平台/电商平台；社交/直播" }, records[1].Row().Categories);
        Assert.Equal("个体工商户", records[1].Row().EntityType);
    }

    [Fact]
    public void Gb18030_bytes_are_not_valid_utf8_so_detection_is_not_a_guess()
    {
        Assert.Throws<DecoderFallbackException>(() => new UTF8Encoding(false, true).GetString(Gb18030.GetBytes("某某直播")));
        var row = ReadBytes(Gb18030.GetBytes(Sample)).Single().Row();
        Assert.Equal("直播小店", row.Name);
    }

    [Fact]
    public void Forced_encoding_overrides_detection()
    {
        var latin = Encoding.GetEncoding(1252);
        var bytes = latin.GetBytes("AppId,Name\n" + App0 + ",Café Crème\n");
        Assert.Contains("neither UTF-8", ReadFails(bytes).Message);
        var forced = ReadBytes(bytes, options: new InventoryOptions { Encoding = latin }).Single().Row();
        Assert.Equal("Café Crème", forced.Name);
    }

    [Fact]
    public void Utf16_without_bom_is_refused_unless_the_encoding_is_given()
    {
        var bytes = new UnicodeEncoding(false, false).GetBytes(Sample);
        Assert.Contains("--encoding utf-16", ReadFails(bytes).Message);
        var row = ReadBytes(bytes, options: new InventoryOptions { Encoding = new UnicodeEncoding(false, false) }).Single().Row();
        Assert.Equal("直播小店", row.Name);
    }

    [Fact]
    public void Forced_encoding_with_its_own_bom_drops_the_bom()
    {
        var row = ReadBytes(WithBom(Encoding.UTF8, Sample), options: new InventoryOptions { Encoding = Encoding.UTF8 }).Single().Row();
        Assert.Equal(App0, row.AppId);
    }

    [Fact]
    public void A_png_is_refused_by_name()
    {
        var ex = Assert.Throws<InventoryException>(() => ReadFile("not-an-inventory.png", new InventoryOptions { Format = InventoryFormat.Csv }));
        Assert.Contains("PNG image", ex.Message);
        Assert.Equal(0, ex.Line);
    }

    [Fact]
    public void An_xlsx_workbook_read_as_csv_is_refused_with_the_fix()
    {
        var zip = new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00 }.Concat(Encoding.ASCII.GetBytes("[Content_Types].xml")).ToArray();
        Assert.Contains("xlsx", ReadFails(zip).Message);
    }

    [Fact]
    public void Binary_with_nul_bytes_is_refused()
    {
        var bytes = Enumerable.Range(0, 4096).Select(i => (byte)(i * 31 % 256)).ToArray();
        Assert.Contains("NUL", ReadFails(bytes).Message);
    }

    [Fact]
    public void Control_characters_without_nul_are_refused_as_no_text()
    {
        var bytes = Enumerable.Range(0, 2000).Select(i => (byte)(1 + i % 8)).ToArray();
        Assert.Contains("control characters", ReadFails(bytes).Message);
    }

    [Fact]
    public void Bytes_that_are_neither_utf8_nor_gb18030_are_refused()
    {
        var bytes = Encoding.ASCII.GetBytes("AppId,Name\nwx0,").Concat(new byte[] { 0xFF, 0xFF, 0x80, (byte)'\n' }).ToArray();
        var ex = ReadFails(bytes);
        Assert.Contains("neither UTF-8", ex.Message);
        Assert.Contains("offset 15", ex.Message);
    }

    [Fact]
    public void Invalid_bytes_after_the_sniffed_prefix_fail_only_their_row()
    {
        // 70 KB of ASCII rows pass as UTF-8; a GB18030 row after them cannot be decoded as UTF-8.
        var sb = new StringBuilder("AppId,Name,EntityType\n");
        var rows = 0;
        while (sb.Length < 70_000) sb.Append($"wx{rows++:x16},Program,enterprise\n");
        var head = Encoding.ASCII.GetBytes(sb.ToString());
        var bad = Gb18030.GetBytes(App0 + ",某某直播,企业\n");
        var tail = Encoding.ASCII.GetBytes(App1 + ",After,enterprise\n");
        var records = ReadBytes(head.Concat(bad).Concat(tail).ToArray());

        Assert.Equal(rows + 2, records.Count);
        var error = records[rows].Error();
        Assert.Equal("invalid-encoding", error.Code);
        Assert.Equal(rows + 2, error.Source!.Line);
        Assert.Equal(App0, error.AppId);
        Assert.Contains("UTF-8", error.Message);
        Assert.Contains("--encoding", error.Message);
        Assert.Equal("After", records[rows + 1].Row().Name);
        Assert.All(records.Take(rows), r => Assert.NotNull(r.Row));
    }

    [Fact]
    public void A_utf8_file_with_one_damaged_byte_stays_utf8_and_fails_only_that_row()
    {
        var good = new UTF8Encoding(false).GetBytes("AppId,Name\n" + string.Concat(Enumerable.Range(0, 20).Select(i => $"wx{i:x16},某某直播{i}\n")));
        var damaged = Encoding.ASCII.GetBytes(App0 + ",Caf").Concat(new byte[] { 0xE9, (byte)'\n' }).ToArray();
        var tail = new UTF8Encoding(false).GetBytes(App1 + ",直播小店\n");
        var records = ReadBytes(good.Concat(damaged).Concat(tail).ToArray());

        Assert.Equal(22, records.Count);
        Assert.Equal("某某直播0", records[0].Row().Name);
        Assert.Equal(("invalid-encoding", 22), (records[20].Error().Code, records[20].Error().Source!.Line));
        Assert.Equal("直播小店", records[21].Row().Name);
    }

    [Fact]
    public void A_character_split_by_the_prefix_boundary_is_decoded_whole()
    {
        foreach (var shift in new[] { 0, 1, 2 })
        {
            var filler = new StringBuilder("AppId,Name\n");
            while (Encoding.UTF8.GetByteCount(filler.ToString()) < 65_536 - 60) filler.Append(App0 + ",x\n");
            // The first 某 (3 bytes) starts 1, 2 or 3 bytes before the end of the 64 KB prefix.
            var padding = 65_536 - Encoding.UTF8.GetByteCount(filler.ToString()) - (App1.Length + 1) - 1 - shift;
            var text = filler + App1 + "," + new string('a', padding) + "某某直播\n";
            var records = ReadText(text);
            Assert.Equal(new string('a', padding) + "某某直播", records.Last().Row().Name);
        }
    }
}
