using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using LiveAccess.Core.Domain;
using LiveAccess.Core.Inventory;
using LiveAccess.Core.Inventory.Csv;
using LiveAccess.Core.Inventory.Csv.Fast;
using LiveAccess.Core.Inventory.Decoding;
using LiveAccess.Core.Text;

namespace LiveAccess.Core.Tests.Inventory;

/// <summary>
/// The fast UTF-8 CSV path gives exactly what the full (CsvHelper) reader gives: the same records,
/// rows and errors, on the same lines, with the same messages, and the same failures, on the whole
/// test corpus and on thousands of generated inventories full of quirks.
/// </summary>
public sealed class FastCsvDifferentialTests
{
    private static readonly InventoryOptions Options = new();

    [Theory]
    [InlineData("en-utf8.csv")]
    [InlineData("en-utf8-bom.csv")]
    [InlineData("powershell51-utf16le.csv")]
    [InlineData("utf16be-tab.csv")]
    [InlineData("excel-gb18030.csv")]
    [InlineData("excel-semicolon.csv")]
    [InlineData("mixed-headers.csv")]
    [InlineData("quirks.csv")]
    public void Every_corpus_file_reads_the_same(string name)
    {
        var bytes = File.ReadAllBytes(InventoryTestSupport.Corpus(name));
        foreach (var language in new[] { Language.English, Language.Chinese })
            Assert.Equal(Full(bytes, language), Fast(bytes, language, out _));
    }

    [Theory]
    [InlineData("en-utf8.csv")]
    [InlineData("en-utf8-bom.csv")]
    [InlineData("mixed-headers.csv")]
    public void Plain_corpus_files_are_read_by_the_fast_path_alone(string name)
    {
        var bytes = File.ReadAllBytes(InventoryTestSupport.Corpus(name));
        Fast(bytes, Language.English, out var handedOver);
        Assert.Null(handedOver);
    }

    [Fact]
    public void The_example_inventories_read_the_same()
    {
        var examples = Path.Combine(RepoRoot(), "examples");
        var files = Directory.GetFiles(examples, "*.csv");
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            Assert.Equal(Full(bytes, Language.English), Fast(bytes, Language.English, out _));
        }
    }

    [Fact]
    public void Every_file_of_the_malformed_input_corpus_reads_the_same()
    {
        var files = Directory.GetFiles(Path.Combine(RepoRoot(), "tests", "corpus", "inventory"), "*.csv");
        Assert.True(files.Length > 20, "the malformed-input corpus should be there");
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            foreach (var language in new[] { Language.English, Language.Chinese })
            {
                var expected = Full(bytes, language);
                var actual = Fast(bytes, language, out _);
                Assert.True(expected.SequenceEqual(actual),
                    $"{Path.GetFileName(file)} reads differently.\n--- full reader\n{string.Join("\n", expected)}\n--- fast path\n{string.Join("\n", actual)}");
            }
        }
    }

    [Fact]
    public void A_realistic_generated_inventory_reads_the_same_and_fast()
    {
        var bytes = Encoding.UTF8.GetBytes(FastCsvInputs.Realistic(new Random(7), 3000));
        var fast = Fast(bytes, Language.English, out var handedOver);
        Assert.Equal(Full(bytes, Language.English), fast);
        Assert.Null(handedOver);
        Assert.True(fast.Count > 2900, "the generated inventory should hold thousands of rows");
    }

    [Fact]
    public void Thousands_of_generated_inventories_with_quirks_read_the_same()
    {
        var random = new Random(20261121);
        var handOvers = 0;
        var wholeFast = 0;
        for (var n = 0; n < 1500; n++)
        {
            var bytes = FastCsvInputs.Quirky(random);
            var language = n % 5 == 0 ? Language.Chinese : Language.English;
            var expected = Full(bytes, language);
            var actual = Fast(bytes, language, out var handedOver);
            if (!expected.SequenceEqual(actual))
                Assert.Fail($"Inventory #{n} reads differently.\n--- input\n{Show(bytes)}\n--- full reader\n{string.Join("\n", expected)}\n--- fast path\n{string.Join("\n", actual)}");
            if (handedOver is null) wholeFast++;
            else if (handedOver > 1) handOvers++;
        }
        // Both paths must have been exercised: files read fast to the end, and files handed over part way.
        Assert.True(wholeFast > 100, $"only {wholeFast} inventories were read by the fast path alone");
        Assert.True(handOvers > 100, $"only {handOvers} inventories were handed over part way");
    }

    [Fact]
    public void A_value_over_several_lines_hands_the_rest_over_on_its_line_numbers()
    {
        var text = "AppId,Name,EntityType,Categories,Scenario\n"
                   + "wx0123456789abcdef,A,enterprise,社交/直播,ecommerce\n"
                   + "wx1123456789abcdef,\"two\nlines\",enterprise,社交/直播,ecommerce\n"
                   + "wx2123456789abcdef,C,enterprise,社交/直播,ecommerce\n";
        var bytes = Encoding.UTF8.GetBytes(text);
        var fast = Fast(bytes, Language.English, out var handedOver);
        Assert.Equal(3, handedOver);
        Assert.Equal(Full(bytes, Language.English), fast);
        Assert.Contains(fast, r => r.StartsWith("ROW 5 ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_stream_that_gives_a_few_bytes_at_a_time_reads_the_same()
    {
        // Over the 64 KB the encoding sniffer reads first, so the window refills from the stream.
        var bytes = Encoding.UTF8.GetBytes(FastCsvInputs.Realistic(new Random(11), 4000));
        Assert.True(bytes.Length > 200_000);
        var expected = Full(bytes, Language.English);
        int? handedOver = null;
        var actual = Describe(() => Utf8CsvReader.Read(
            EncodingSniffer.Open(new TrickleStream(bytes, new Random(3)), "f.csv", InventoryFormat.Csv, Options), "f.csv", Language.English, l => handedOver = l));
        Assert.Equal(expected, actual);
        Assert.Null(handedOver);
    }

    [Theory]
    [InlineData(new byte[] { 0xE7, 0x9B }, false)]       // a sequence cut short
    [InlineData(new byte[] { 0xC0, 0xAF }, false)]       // an overlong form
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 }, false)] // a surrogate
    [InlineData(new byte[] { 0xEF, 0xB7, 0x90 }, false)] // U+FDD0, the decoding reader's mark
    [InlineData(new byte[] { 0xE7, 0x9B, 0xB4 }, true)]  // 直, well formed
    public void Lines_checked_together_are_judged_as_lines_checked_alone(byte[] odd, bool trickle)
    {
        // Past the sniffed start, in the middle of a window of many Chinese lines: one line with
        // odd bytes, the lines around it well formed. Every line is read as the full reader reads it.
        var random = new Random(odd.Length * 31 + odd[0]);
        var text = FastCsvInputs.Realistic(random, 6000);
        var lines = text.Split('\n');
        var builder = new MemoryStream();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = Encoding.UTF8.GetBytes(lines[i]);
            if (i > 0 && i % 1500 == 0 && line.Length > 4)
            {
                builder.Write(line, 0, 4);
                builder.Write(odd, 0, odd.Length);
                builder.Write(line, 4, line.Length - 4);
            }
            else builder.Write(line, 0, line.Length);
            if (i < lines.Length - 1) builder.WriteByte((byte)'\n');
        }
        var bytes = builder.ToArray();
        Assert.True(bytes.Length > 300_000);
        var expected = Full(bytes, Language.English);
        var actual = trickle
            ? Describe(() => Utf8CsvReader.Read(EncodingSniffer.Open(new TrickleStream(bytes, new Random(5)), "f.csv", InventoryFormat.Csv, Options), "f.csv", Language.English))
            : Fast(bytes, Language.English, out _);
        Assert.Equal(expected, actual);
        // Not vacuous: the odd lines are refused, or (U+FDD0) read by the full reader, or kept when well formed.
        var refused = expected.Count(r => r.Contains("invalid-encoding", StringComparison.Ordinal));
        var kind = Encoding.UTF8.GetString(odd);
        if (kind == "直") Assert.Equal(0, refused);
        else if (kind != "\uFDD0") Assert.True(refused >= 3, $"{refused} lines refused");
        Assert.Contains(expected, r => r.StartsWith("ROW 5000 ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_line_longer_than_the_fast_path_takes_is_read_by_the_full_reader_on_its_line()
    {
        var text = "AppId,Name,EntityType,Categories,Scenario\n"
                   + "wx0123456789abcdef,A,enterprise,社交/直播,ecommerce\n"
                   + "wx1123456789abcdef," + new string('n', Utf8CsvReader.MaxLineBytes + 10) + ",enterprise,社交/直播,ecommerce\n"
                   + "wx2123456789abcdef,C,enterprise,社交/直播,ecommerce\n";
        var bytes = Encoding.UTF8.GetBytes(text);
        var fast = Fast(bytes, Language.English, out var handedOver);
        Assert.Equal(3, handedOver);
        Assert.Equal(Full(bytes, Language.English), fast);
        Assert.Equal(3, fast.Count);
    }

    private static List<string> Full(byte[] bytes, Language language) =>
        Describe(() => CsvInventoryReader.Read(Open(bytes, language), "f.csv", language));

    private static List<string> Fast(byte[] bytes, Language language, out int? handedOver)
    {
        int? line = null;
        var result = Describe(() => Utf8CsvReader.Read(Open(bytes, language), "f.csv", language, l => line = l));
        handedOver = line;
        return result;
    }

    private static DecodingReader Open(byte[] bytes, Language language) =>
        EncodingSniffer.Open(new MemoryStream(bytes), "f.csv", InventoryFormat.Csv, Options with { Language = language });

    /// <summary>Every record as one line of text, and a failure as its type and text.</summary>
    private static List<string> Describe(Func<IEnumerable<InventoryRecord>> read)
    {
        var lines = new List<string>();
        try
        {
            foreach (var record in read()) lines.Add(Describe(record));
        }
        catch (InventoryException ex)
        {
            lines.Add("EXCEPTION " + ex);
        }
        return lines;
    }

    private static string Describe(InventoryRecord record)
    {
        if (record.Error is { } e)
            return $"ERROR {e.Source} {e.Code} app={Show(e.AppId)} {e.Message}";
        var r = record.Row!;
        return $"ROW {r.Source?.Line} {r.Source?.File} app={Show(r.AppId)} name={Show(r.Name)} entity={Show(r.EntityType)} "
               + $"categories=[{string.Join("|", r.Categories.Select(Show))}] scenario={Show(r.Scenario)} "
               + $"warnings=[{string.Join("|", r.Warnings.Select(w => w.Code + ":" + w.Text))}]";
    }

    private static string Show(string? value) => value is null ? "<null>" : "'" + Escape(value) + "'";

    private static string Show(byte[] bytes) => Escape(new UTF8Encoding(false, false).GetString(bytes));

    private static string Escape(string value) =>
        value.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);

    private static string RepoRoot() => InventoryTestSupport.RepoRoot();
}

/// <summary>A stream that hands out a few bytes per read, as pipes do.</summary>
internal sealed class TrickleStream : Stream
{
    private readonly byte[] _bytes;
    private readonly Random _random;
    private int _position;

    public TrickleStream(byte[] bytes, Random random)
    {
        _bytes = bytes;
        _random = random;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = Math.Min(Math.Min(count, _random.Next(1, 4000)), _bytes.Length - _position);
        Array.Copy(_bytes, _position, buffer, offset, n);
        _position += n;
        return n;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
