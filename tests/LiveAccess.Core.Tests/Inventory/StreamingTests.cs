using System.Linq;
using LiveAccess.Core.Inventory;
using static LiveAccess.Core.Tests.Inventory.InventoryTestSupport;

namespace LiveAccess.Core.Tests.Inventory;

/// <summary>The readers are lazy and read as they go: the first record needs only the start of the input.</summary>
public sealed class StreamingTests
{
    private const int Rows = 200_000;
    private const long SmallPrefix = 512 * 1024;

    public static TheoryData<InventoryFormat> Formats => new() { InventoryFormat.Csv, InventoryFormat.Json, InventoryFormat.Yaml };

    [Theory]
    [MemberData(nameof(Formats))]
    public void Taking_the_first_record_reads_only_a_small_prefix(InventoryFormat format)
    {
        var stream = Generated(format);
        var first = InventoryReader.Read(stream, "generated", format, new InventoryOptions()).First();

        Assert.Equal("wx0000000000000000", first.Row().AppId);
        Assert.InRange(stream.BytesRead, 1, SmallPrefix);
    }

    [Fact]
    public void Nothing_is_read_before_enumeration_starts()
    {
        var stream = CountingStream.Csv(Rows);
        var records = InventoryReader.Read(stream, "generated", InventoryFormat.Csv, new InventoryOptions());
        Assert.Equal(0, stream.BytesRead);
        Assert.NotNull(records);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Every_generated_row_is_read_with_its_line(InventoryFormat format)
    {
        var stream = Generated(format);
        var count = 0;
        var lastLine = 0;
        foreach (var record in InventoryReader.Read(stream, "generated", format, new InventoryOptions()))
        {
            var row = record.Row();
            Assert.True(row.Source!.Line > lastLine);
            lastLine = row.Source.Line;
            count++;
        }
        Assert.Equal(Rows, count);
        Assert.Equal(format == InventoryFormat.Yaml ? 2 * Rows - 1 : Rows + 1, lastLine);
        Assert.True(stream.BytesRead > 10_000_000);
    }

    [Fact]
    public void Stdin_is_read_through_a_stream_with_its_display_name()
    {
        var row = InventoryReader.Read(CountingStream.Csv(1), InventoryReader.StandardInput, InventoryFormat.Csv, new InventoryOptions()).Single().Row();
        Assert.Equal("-:2", row.Source!.ToString());
    }

    private static CountingStream Generated(InventoryFormat format) => format switch
    {
        InventoryFormat.Json => new CountingStream("[\n",
            i => $"{{\"AppId\": \"wx{i:x16}\", \"Name\": \"Program {i}\", \"EntityType\": \"enterprise\", \"Categories\": [\"社交/直播\"]}},\n", Rows, "]\n"),
        InventoryFormat.Yaml => new CountingStream("",
            i => $"- AppId: wx{i:x16}\n  Name: Program {i} with a longer name to weigh like a real inventory, 社交/直播\n", Rows),
        _ => CountingStream.Csv(Rows),
    };
}
