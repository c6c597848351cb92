using System.IO;
using LiveAccess.Core.Reports;

namespace LiveAccess.Core.Tests.Reports;

public sealed class CsvCellsTests
{
    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+86 123", "'+86 123")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("\rcmd", "'\rcmd")]
    public void Formula_like_cells_are_neutralised(string value, string expected) =>
        Assert.Equal(expected, CsvCells.Neutralize(value));

    [Theory]
    [InlineData("wx0123456789abcdef")]
    [InlineData("电商平台/电商平台")]
    [InlineData("a=b")]
    [InlineData("")]
    public void Ordinary_cells_are_unchanged(string value) => Assert.Equal(value, CsvCells.Neutralize(value));

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData(" padded", "\" padded\"")]
    [InlineData("=HYPERLINK(\"x\",\"y\")", "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"")]
    public void Cells_are_quoted_as_RFC_4180_says(string value, string expected)
    {
        var w = new StringWriter();
        CsvCells.Write(w, value);
        Assert.Equal(expected, w.ToString());
    }

    [Fact]
    public void A_record_ends_with_CRLF_and_null_is_empty()
    {
        var w = new StringWriter();
        CsvCells.WriteRecord(w, "a", null, "c,d");
        Assert.Equal("a,,\"c,d\"\r\n", w.ToString());
    }
}
