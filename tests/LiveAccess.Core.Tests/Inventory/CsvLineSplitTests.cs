using System;
using System.Text;
using LiveAccess.Core.Inventory.Csv.Fast;
using Xunit;

namespace LiveAccess.Core.Tests.Inventory;

/// <summary>
/// The fast reader's two ways of splitting a plain line (a search per field; 32-byte blocks, on
/// .NET with vector instructions) give the same fields, whatever the bytes around the line.
/// </summary>
public class CsvLineSplitTests
{
    private static readonly byte[] Plain = Encoding.UTF8.GetBytes("ab1 \t,,,中");
    private static readonly byte[] Unusual = { (byte)'"', (byte)'\r' };

    [Fact]
    public void Blocks_and_fields_agree_on_generated_lines()
    {
        var random = new Random(20261121);
        var plainLines = 0;
        for (var n = 0; n < 20000; n++)
        {
            var before = random.Next(0, 40);
            var length = random.Next(0, 140);
            // 0: the line ends the buffer (its last bytes cannot be read a block at a time).
            var after = random.Next(0, 3) == 0 ? 0 : random.Next(1, 40);
            var buffer = new byte[before + length + after];
            var unusualChance = random.Next(0, 2) == 0 ? 0 : 50;
            for (var i = 0; i < buffer.Length; i++)
            {
                var inLine = i >= before && i < before + length;
                // Around the line, quotes and CRs always: they are not the line's and must not count.
                buffer[i] = (!inLine || random.Next(0, 1000) < unusualChance) && random.Next(0, 3) == 0
                    ? Unusual[random.Next(Unusual.Length)]
                    : Plain[random.Next(Plain.Length)];
            }

            var byFields = new CsvLine();
            var byBlocks = new CsvLine();
            var plain = byFields.SplitPlainByFields(buffer, before, before + length);
            Assert.Equal(plain, byBlocks.SplitPlainByBlocks(buffer, before, before + length));
            if (!plain) continue;
            plainLines++;
            Assert.Equal(byFields.Count, byBlocks.Count);
            for (var i = 0; i < byFields.Count; i++) Assert.Equal(byFields.Field(buffer, i), byBlocks.Field(buffer, i));
        }
        Assert.True(plainLines > 5000, $"only {plainLines} plain lines were generated");
    }

    [Theory]
    [InlineData("wx0123456789abcdef,,enterprise,社交/直播,ecommerce", new[] { "wx0123456789abcdef", "", "enterprise", "社交/直播", "ecommerce" })]
    [InlineData("  a ,\tb\t, c,", new[] { "a", "b", "c", "" })]
    [InlineData("", new[] { "" })]
    [InlineData(",", new[] { "", "" })]
    public void A_plain_line_is_split_into_its_trimmed_fields(string text, string[] fields)
    {
        // The line first in a buffer twice its size (blocks), then alone (the last bytes one by one).
        var bytes = Encoding.UTF8.GetBytes(text);
        foreach (var buffer in new[] { Padded(bytes, 64 + bytes.Length), bytes })
        {
            var line = new CsvLine();
            Assert.True(line.Split(buffer, 0, bytes.Length));
            Assert.Equal(fields.Length, line.Count);
            for (var i = 0; i < fields.Length; i++)
            {
                var (b, s, n) = line.Field(buffer, i);
                Assert.Equal(fields[i], Encoding.UTF8.GetString(b, s, n));
            }
        }
    }

    [Fact]
    public void A_quote_or_CR_past_the_line_end_is_not_the_line_s()
    {
        // Long enough that the line's last block is read whole, quote and CR with it.
        var bytes = Encoding.UTF8.GetBytes("wx0123456789abcdef,name,enterprise\"\r,more,and more after the line");
        var line = new CsvLine();
        Assert.True(line.Split(bytes, 0, 34));
        Assert.Equal(3, line.Count);
        Assert.False(line.Split(bytes, 0, 35));
    }

    private static byte[] Padded(byte[] bytes, int length)
    {
        var buffer = new byte[length];
        bytes.CopyTo(buffer, 0);
        for (var i = bytes.Length; i < length; i++) buffer[i] = (byte)(i % 2 == 0 ? ',' : '"');
        return buffer;
    }
}
