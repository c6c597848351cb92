using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using LiveAccess.Core.Categories;
using LiveAccess.Core.Evaluation;
using LiveAccess.Core.Reports;
using LiveAccess.Core.Reports.Shortcut;

namespace LiveAccess.Core.Tests.Reports;

/// <summary>The parts of the CSV report shortcut: recognising plain values on the bytes, the byte-keyed table, writing behind.</summary>
public sealed class ShortcutPartsTests
{
    private const string Alphabet = "ab Z9=+-@,\"\t.（）　直播商城\u200b\u00a0é𠀀'";

    [Fact]
    public void A_value_recognised_as_plain_is_one_cleaning_and_the_CSV_cell_leave_alone()
    {
        var random = new Random(42);
        var plain = 0;
        for (var n = 0; n < 200_000; n++)
        {
            var length = random.Next(1, 8);
            var text = new string(Enumerable.Range(0, length).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray());
            if (char.IsSurrogate(text[^1])) continue;
            var bytes = Encoding.UTF8.GetBytes(text);
            if (!PlainCell.Is(bytes)) continue;
            plain++;
            Assert.False(string.IsNullOrWhiteSpace(text));
            Assert.Equal(text, TextNormalizer.Clean(text));
            Assert.Equal(text, CsvDecisionWriter.NameCell(text));
        }
        Assert.True(plain > 1000, $"only {plain} generated values were plain");
    }

    [Theory]
    [InlineData("优选商城", true)]
    [InlineData("Acme Shop 2", true)]
    [InlineData("", false)]
    [InlineData(" lead", false)]
    [InlineData("trail ", false)]
    [InlineData("two  spaces", false)]
    [InlineData("=1+1", false)]
    [InlineData("-minus", false)]
    [InlineData("a,b", false)]
    [InlineData("say \"hi\"", false)]
    [InlineData("全角（括号）", false)]
    [InlineData("〇", false)]
    [InlineData("Ünï", false)]
    public void Plain_values(string text, bool plain) => Assert.Equal(plain, PlainCell.Is(Encoding.UTF8.GetBytes(text)));

    [Fact]
    public void Bytes_that_are_not_whole_ideographs_are_not_plain()
    {
        Assert.False(PlainCell.Is(new byte[] { 0xE4, 0xB8 }));
        Assert.False(PlainCell.Is(new byte[] { (byte)'a', 0xE4 }));
        Assert.False(PlainCell.Is(new byte[] { 0xE4, 0xB7, 0xBF })); // U+4DFF, below the ideographs
        Assert.False(PlainCell.Is(new byte[] { 0xEA, 0x80, 0x80 })); // U+A000
    }

    [Fact]
    public void An_AppId_is_read_on_its_bytes_as_its_digits_write_it_and_only_when_clean()
    {
        var random = new Random(3);
        const string hex = "0123456789abcdef";
        for (var n = 0; n < 20_000; n++)
        {
            var digits = new string(Enumerable.Range(0, 16).Select(_ => hex[random.Next(16)]).ToArray());
            Assert.True(CsvReportShortcut.TryAppId(Encoding.ASCII.GetBytes("wx" + digits), out var value));
            Assert.Equal(Convert.ToUInt64(digits, 16), value);
            // One byte anywhere that is not a lower-case hexadecimal digit makes it unclean.
            var at = random.Next(2, 18);
            const string unclean = "ABCDEFGgz/:`@ \u00ff";
            var wrong = unclean[random.Next(unclean.Length)];
            var spoiled = ("wx" + digits).ToCharArray();
            spoiled[at] = wrong;
            Assert.False(CsvReportShortcut.TryAppId(Encoding.Latin1.GetBytes(spoiled), out _), new string(spoiled));
        }
    }

    [Theory]
    [InlineData("wx0123456789abcdef", true)]
    [InlineData("wxffffffffffffffff", true)]
    [InlineData("wx0000000000000000", true)]
    [InlineData("wx0123456789ABCDEF", false)]
    [InlineData("wx0123456789abcde", false)]
    [InlineData("wx0123456789abcdef0", false)]
    [InlineData("WX0123456789abcdef", false)]
    [InlineData("xw0123456789abcdef", false)]
    [InlineData("", false)]
    public void Clean_AppIds(string text, bool clean) => Assert.Equal(clean, CsvReportShortcut.TryAppId(Encoding.ASCII.GetBytes(text), out _));

    [Fact]
    public void The_table_finds_what_it_kept_and_nothing_else_and_stops_learning_when_full()
    {
        var table = new ByteKeyTable<string>(1000);
        var keys = Enumerable.Range(0, 1000).Select(i => "社交/直播;电商平台/电商平台;" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        foreach (var key in keys) Assert.True(table.TryAdd(Encoding.UTF8.GetBytes(key), key));
        foreach (var key in keys) Assert.Same(key, Found(table, key));
        Assert.Null(Found(table, "社交/直播;电商平台/电商平台;1000"));
        Assert.Null(Found(table, "社交/直播;电商平台/电商平台;"));
        Assert.False(table.TryAdd(Encoding.UTF8.GetBytes("one more"), "one more"));
        Assert.Null(Found(table, "one more"));
        var empty = new ByteKeyTable<string>(4);
        Assert.True(empty.TryAdd(ReadOnlySpan<byte>.Empty, "empty"));
        Assert.Equal("empty", Found(empty, string.Empty));
        Assert.Null(Found(empty, "e"));
    }

    [Fact]
    public void The_table_keeps_keys_up_to_1_KB_across_its_blocks_and_struct_values()
    {
        // Keys from empty to 1 KB, around the 8 and 16 bytes kept inline, many enough to fill several blocks.
        var random = new Random(8);
        var table = new ByteKeyTable<int>(100_000);
        var keys = new List<byte[]>();
        var seen = new HashSet<string>();
        for (var i = 0; i < 30_000; i++)
        {
            var length = i % 97 == 0 ? random.Next(900, 1025) : i % 3 == 0 ? random.Next(5, 20) : random.Next(0, 90);
            var key = new byte[length];
            random.NextBytes(key);
            if (!seen.Add(Convert.ToBase64String(key))) continue;
            Assert.True(table.TryAdd(key, keys.Count));
            keys.Add(key);
        }
        Assert.False(table.TryAdd(new byte[1025], -1));
        Assert.False(table.TryFind(new byte[1025], out _));
        for (var i = 0; i < keys.Count; i++)
        {
            Assert.True(table.TryFind(keys[i], out var value));
            Assert.Equal(i, value);
            // Looked up in two steps (the slot asked for first), the same answer.
            Assert.True(table.TryFind(keys[i], table.Prepare(keys[i]), out var prepared));
            Assert.Equal(i, prepared);
            if (keys[i].Length == 0) continue;
            var changed = (byte[])keys[i].Clone();
            changed[random.Next(changed.Length)] ^= 0x40;
            if (!seen.Contains(Convert.ToBase64String(changed))) Assert.False(table.TryFind(changed, out _));
            Assert.False(table.TryFind(new ReadOnlySpan<byte>(keys[i], 0, keys[i].Length - 1), out _) && !seen.Contains(Convert.ToBase64String(keys[i][..^1])));
        }
    }

    private static string? Found(ByteKeyTable<string> table, string key) => table.TryFind(Encoding.UTF8.GetBytes(key), out var value) ? value : null;

    [Fact]
    public void Written_behind_the_bytes_arrive_whole_and_in_order()
    {
        var stream = new MemoryStream();
        var writer = new StreamWriter(stream, new UTF8Encoding(false));
        writer.Write("head,");
        var output = Utf8Output.Under(writer)!;
        output.WriteBehind();
        var expected = new StringBuilder("head,");
        var random = new Random(3);
        for (var i = 0; i < 60_000; i++)
        {
            var piece = new string((char)('a' + i % 26), random.Next(1, 90)) + "直播\r\n";
            expected.Append(piece);
            var encoded = Encoding.UTF8.GetBytes(piece);
            if (i % 4 == 0) output.Write(encoded);
            else if (i % 4 == 1) output.Write(piece);
            else if (i % 4 == 2) output.Write(new ReadOnlySpan<byte>(encoded));
            else
            {
                // A head and a tail cut anywhere (either may be empty); bytes past the tail's length are not written.
                var cut = random.Next(0, encoded.Length + 1);
                var tail = new byte[encoded.Length - cut + 3];
                Array.Copy(encoded, cut, tail, 0, encoded.Length - cut);
                tail.AsSpan(encoded.Length - cut).Fill((byte)'#');
                output.Write(new ReadOnlySpan<byte>(encoded, 0, cut), tail, encoded.Length - cut);
            }
        }
        output.Flush();
        Assert.Equal(expected.ToString(), new UTF8Encoding(false).GetString(stream.ToArray()));
    }

    [Fact]
    public void A_failure_to_write_behind_is_thrown_to_the_writer()
    {
        var writer = new StreamWriter(new BrokenStream(), new UTF8Encoding(false));
        var output = Utf8Output.Under(writer)!;
        output.WriteBehind();
        var chunk = new byte[600 * 1024];
        var thrown = Record.Exception(() =>
        {
            for (var i = 0; i < 8; i++) output.Write(chunk);
            output.Settle();
        });
        Assert.IsType<IOException>(thrown);
    }

    private sealed class BrokenStream : MemoryStream
    {
        public override void Write(byte[] buffer, int offset, int count) => throw new IOException("Broken pipe");
    }
}
