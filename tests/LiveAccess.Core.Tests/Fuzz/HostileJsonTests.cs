using System.IO;
using System.Linq;
using System.Text;
using LiveAccess.Core.Inventory;

namespace LiveAccess.Core.Tests.Fuzz;

/// <summary>JSON that is well-formed to the tokenizer but holds text no string can be made of.</summary>
public sealed class HostileJsonTests
{
    private static System.Collections.Generic.List<LiveAccess.Core.Domain.InventoryRecord> Read(string json) =>
        InventoryReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "apps.json", InventoryFormat.Json, new InventoryOptions()).ToList();

    // Half of a surrogate pair written as an escape (an emoji cut in two by another tool):
    // System.Text.Json's GetString threw InvalidOperationException and the whole run stopped.
    [Theory]
    [InlineData("\"Name\": \"cut \\uD83D emoji\"")]
    [InlineData("\"Name\": \"\\uDC00\"")]
    [InlineData("\"Categories\": [\"社交/直播\", \"\\uD800\"]")]
    [InlineData("\"\\uDC00key\": \"x\"")]
    public void A_lone_surrogate_escape_fails_its_program_only(string member)
    {
        var records = Read("[\n{ \"AppId\": \"wx1a2b3c4d5e6f7081\", \"EntityType\": \"企业\" },\n{ \"AppId\": \"wx2b3c4d5e6f708192\", " + member + ", \"EntityType\": \"企业\" },\n{ \"AppId\": \"wx3c4d5e6f708192a3\", \"EntityType\": \"企业\" }\n]");
        Assert.Equal(3, records.Count);
        Assert.NotNull(records[0].Row);
        Assert.NotNull(records[2].Row);
        var error = records[1].Error;
        Assert.NotNull(error);
        Assert.Equal(("broken-escape", 3, "wx2b3c4d5e6f708192"), (error!.Code, error.Source!.Line, error.AppId));
        Assert.Contains("surrogate", error.Message);
    }
}
