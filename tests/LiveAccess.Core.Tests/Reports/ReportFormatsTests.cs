using LiveAccess.Core.Reports;

namespace LiveAccess.Core.Tests.Reports;

public sealed class ReportFormatsTests
{
    [Theory]
    [InlineData("json", "json")]
    [InlineData("CSV", "csv")]
    [InlineData(" table ", "table")]
    public void Formats_are_found_by_name_in_any_case(string name, string expected) =>
        Assert.Equal(expected, ReportFormats.Find(name)!.Name);

    [Fact]
    public void An_unknown_name_finds_nothing() => Assert.Null(ReportFormats.Find("xml"));

    [Theory]
    [InlineData("out/report.JSON", "json")]
    [InlineData("report.csv", "csv")]
    public void The_output_extension_implies_a_format(string path, string expected) =>
        Assert.Equal(expected, ReportFormats.FromPath(path)!.Name);

    [Fact]
    public void Only_csv_files_get_a_byte_order_mark()
    {
        Assert.True(ReportFormats.Find("csv")!.ByteOrderMarkInFiles);
        Assert.False(ReportFormats.Find("json")!.ByteOrderMarkInFiles);
        Assert.False(ReportFormats.Find("table")!.ByteOrderMarkInFiles);
    }
}
