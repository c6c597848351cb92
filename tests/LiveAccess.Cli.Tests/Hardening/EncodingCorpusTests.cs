using System.Collections.Generic;
using System.Linq;

namespace LiveAccess.Cli.Tests.Hardening;

/// <summary>Inventories in the encodings real teams produce, and bytes that are no text at all.</summary>
public sealed class EncodingCorpusTests
{
    public static readonly InventoryCase[] Cases =
    {
        new("enc-utf8-bom.csv", 2, 4,
            new[] { "wx1a2b3c4d5e6f7081@2", "wx2b3c4d5e6f708192@3", "wx3c4d5e6f708192a3@5" },
            new[] { ":4: [wx12345] AppId 'wx12345' is not valid: an AppID is 'wx' followed by 16 hexadecimal digits" }),
        new("enc-utf8-chinese-headers.csv", 2, 3,
            new[] { "wx1a2b3c4d5e6f7081@2", "wx2b3c4d5e6f708192@3" },
            new[] { ":4: [wx3c4d5e6f708192a3] Unknown scenario '生活趣事' (did you mean 'entertainment'?). Valid values: government, ecommerce," }),
        new("enc-utf16le-bom-powershell51.csv", 2, 3,
            new[] { "wx1a2b3c4d5e6f7081@3", "wx3c4d5e6f708192a3@5" },
            new[] { ":4: [wx2b3c4d5e6f708192] Unknown entity type 'enterprize' (did you mean 'enterprise'?)." }),
        new("enc-utf16be-bom-tab.csv", 0, 2,
            new[] { "wx1a2b3c4d5e6f7081@2", "wx2b3c4d5e6f708192@3" },
            InventoryCase.None),
        new("enc-gb18030-excel.csv", 2, 3,
            new[] { "wx1a2b3c4d5e6f7081@2", "wx2b3c4d5e6f708192@3" },
            new[] { ":4: [wx3c4d5e6f708192a3] Unknown entity type '公私合营' (did you mean" }),
        new("enc-utf8-damaged-byte.csv", 2, 3,
            new[] { "wx1a2b3c4d5e6f7081@2", "wx3c4d5e6f708192a3@4" },
            new[] { ":3: [wx2b3c4d5e6f708192] Line 3 holds bytes that are not valid UTF-8" }),
        new("enc-binary-nul.csv", 2, 0, InventoryCase.None,
            new[] { ": This is not a text file: it contains NUL bytes." }, FileRefused: true),
        new("enc-control-noise.csv", 2, 0, InventoryCase.None,
            new[] { ": This does not look like text in UTF-8" }, FileRefused: true),
        new("enc-latin1.csv", 2, 0, InventoryCase.None,
            new[] { ": The bytes are neither UTF-8 (the first byte that is not is at offset 64) nor GB18030. Save the file as UTF-8, or give its encoding (--encoding)." }, FileRefused: true),
        new("enc-utf16le-no-bom.csv", 2, 0, InventoryCase.None,
            new[] { ": This is not a text file: it contains NUL bytes. If it is UTF-16 text without a byte order mark, give the encoding (--encoding utf-16)" }, FileRefused: true),
        new("enc-pdf-named-csv.csv", 2, 0, InventoryCase.None,
            new[] { ": This is not a text file: it looks like a PDF document." }, FileRefused: true),
        new("enc-xlsx-named-csv.csv", 2, 0, InventoryCase.None,
            new[] { ": This is not a text file: it looks like a ZIP archive (an Excel .xlsx workbook is one: save it as CSV UTF-8 instead)." }, FileRefused: true),
    };

    public static IEnumerable<object[]> All() => Cases.Select(c => new object[] { c });

    [Theory]
    [MemberData(nameof(All))]
    public void Each_file_is_answered_or_refused_as_it_should_be(InventoryCase c) => CorpusRun.Check(c);

    [Fact]
    public void UTF16_without_a_byte_order_mark_is_read_when_the_encoding_is_given()
    {
        var c = new InventoryCase("enc-utf16le-no-bom.csv", 0, 1, new[] { "wx1a2b3c4d5e6f7081@2" }, InventoryCase.None);
        CorpusRun.Check(c, "--encoding", "utf-16");
    }

    [Fact]
    public void Latin1_is_read_when_the_encoding_is_given()
    {
        var r = CorpusRun.Check(new InventoryCase("enc-latin1.csv", 0, 2, new[] { "wx1a2b3c4d5e6f7081@2", "wx2b3c4d5e6f708192@3" }, InventoryCase.None),
            "--encoding", "latin1");
        Assert.Equal(new[] { "Café", "Crème brûlée" }, JsonDecision.Parse(r.Stdout).Select(d => d.Name));
    }
}
