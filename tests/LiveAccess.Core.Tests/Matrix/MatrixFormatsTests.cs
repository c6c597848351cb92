using LiveAccess.Core.Matrix;

namespace LiveAccess.Core.Tests.Matrix;

/// <summary>What both fronts ask of the matrix formats when they write a file.</summary>
public sealed class MatrixFormatsTests
{
    [Theory]
    [InlineData("csv", true)]
    [InlineData("Csv", true)]
    [InlineData("markdown", false)]
    [InlineData("md", false)]
    [InlineData("json", false)]
    [InlineData("yaml", false)]
    [InlineData("html", false)]
    public void Only_CSV_files_start_with_a_byte_order_mark(string format, bool bom) =>
        Assert.Equal(bom, MatrixFormats.ByteOrderMarkInFiles(format));
}
