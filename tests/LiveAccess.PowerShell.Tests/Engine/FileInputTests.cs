using System;
using System.Collections;
using System.IO;
using System.Linq;
using System.Text;
using LiveAccess.PowerShell.Tests.Support;

namespace LiveAccess.PowerShell.Tests.Engine;

/// <summary>-Path/-LiteralPath input: the core's streaming readers through the module, Chinese headers, one error per bad row.</summary>
public sealed class FileInputTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "liveaccess-ps-" + Guid.NewGuid().ToString("N"));

    public FileInputTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static object Options(string? encoding = null)
    {
        var options = CoreTypes.New("LiveAccess.Core.Inventory.InventoryOptions");
        if (encoding is not null)
            CoreTypes.Set(options, "Encoding", CoreTypes.Static("LiveAccess.Core.Inventory.InventoryEncodings", "Get", encoding));
        return options;
    }

    [Fact]
    public void A_CSV_with_Chinese_headers_gives_one_answer_or_one_error_per_row_with_its_line()
    {
        var file = Path.Combine(_dir, "apps.csv");
        File.WriteAllText(file,
            "AppID,小程序名称,主体类型,服务类目,直播场景\n" +
            "wx0123456789abcdef,商城,企业,电商平台/电商平台,电商\n" +
            "wxNOTVALID,坏行,企业,社交/直播,ecommerce\n" +
            "wx00000000000000ff,个人号,个人,,ecommerce\n", new UTF8Encoding(true));
        var rows = ((IEnumerable)LoadedModule.Call(Support.Engine.Session(), "DecideFile", file, Options())!).Cast<object>().ToList();

        Assert.Equal(3, rows.Count);
        var first = Support.Engine.Result(Support.Engine.Decisions(rows[0]).Single());
        Assert.Equal("eligible", (string)first.Outcome);
        Assert.Equal("商城", (string)first.Name);
        Assert.Equal(file + ":2", (string)first.Source);

        var error = Support.Engine.Error(rows[1])!;
        Assert.Equal("bad-app-id", (string)LoadedModule.Get(error, "Code")!);
        Assert.Equal(3, (int)LoadedModule.Get(LoadedModule.Get(error, "Source")!, "Line")!);

        Assert.Equal("ineligible", (string)Support.Engine.Result(Support.Engine.Decisions(rows[2]).Single()).Outcome);
    }

    [Fact]
    public void A_GB18030_file_reads_with_the_named_encoding()
    {
        var file = Path.Combine(_dir, "gbk.csv");
        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        File.WriteAllText(file, "AppId,主体类型,类目,场景\nwx0123456789abcdef,企业,社交/直播,entertainment\n", System.Text.Encoding.GetEncoding("gb18030"));
        var rows = ((IEnumerable)LoadedModule.Call(Support.Engine.Session(), "DecideFile", file, Options("gb18030"))!).Cast<object>().ToList();
        Assert.Equal("eligible", (string)Support.Engine.Result(Support.Engine.Decisions(rows.Single()).Single()).Outcome);
    }

    [Fact]
    public void A_file_that_cannot_be_read_at_all_is_an_InventoryException()
    {
        var file = Path.Combine(_dir, "missing.csv");
        var ex = Record.Exception(() => ((IEnumerable)LoadedModule.Call(Support.Engine.Session(), "DecideFile", file, Options())!).Cast<object>().ToList());
        Assert.Equal("InventoryException", ex?.GetType().Name);
    }

    [Fact]
    public void A_large_file_read_ahead_keeps_every_row_in_order_with_duplicates_and_errors_on_their_lines()
    {
        var file = Path.Combine(_dir, "large.csv");
        var text = new StringBuilder("AppId,EntityType,Categories,Scenario\n");
        for (var i = 0; i < 5000; i++)
        {
            // Every 97th row is refused, every 101st repeats the AppId of the row before it.
            var appId = i % 97 == 0 ? "wxBROKEN" : "wx" + (i % 101 == 0 && i > 0 ? i - 1 : i).ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
            text.Append(appId).Append(i % 2 == 0 ? ",enterprise,社交/直播,ecommerce\n" : ",individual,,ecommerce\n");
        }
        File.WriteAllText(file, text.ToString(), new UTF8Encoding(false));
        var rows = ((IEnumerable)LoadedModule.Call(Support.Engine.Session(), "DecideFile", file, Options())!).Cast<object>().ToList();

        Assert.Equal(5000, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var line = i + 2;
            if (i % 97 == 0)
            {
                var error = Support.Engine.Error(rows[i])!;
                Assert.Equal(line, (int)LoadedModule.Get(LoadedModule.Get(error, "Source")!, "Line")!);
                continue;
            }
            var result = Support.Engine.Result(Support.Engine.Decisions(rows[i]).Single());
            Assert.Equal(file + ":" + line, (string)result.Source);
            Assert.Equal(i % 2 == 0 ? "eligible" : "ineligible", (string)result.Outcome);
            var duplicate = i % 101 == 0 && i > 0 && (i - 1) % 97 != 0;
            Assert.Equal(duplicate, Support.Engine.InputWarnings(rows[i]).Any(w => w.Contains("more than once", StringComparison.Ordinal)));
        }
    }
}
