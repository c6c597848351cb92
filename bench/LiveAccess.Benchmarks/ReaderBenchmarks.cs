using System.IO;
using BenchmarkDotNet.Attributes;
using LiveAccess.Core.Inventory;
using LiveAccess.Core.Inventory.Csv;
using LiveAccess.Core.Inventory.Csv.Fast;
using LiveAccess.Core.Inventory.Decoding;
using LiveAccess.Core.Text;

namespace LiveAccess.Benchmarks;

/// <summary>Reading a CSV inventory: the fast UTF-8 path against the full (CsvHelper) reader, per row.</summary>
[MemoryDiagnoser]
public class ReaderBenchmarks
{
    private const int Rows = 20_000;
    private byte[] _csv = System.Array.Empty<byte>();

    [GlobalSetup]
    public void Setup() => _csv = RealisticInventory.Csv(Rows);

    [Benchmark(Baseline = true, OperationsPerInvoke = Rows)]
    public int FullReader() => Count(CsvInventoryReader.Read(Open(), "bench.csv", Language.English));

    [Benchmark(OperationsPerInvoke = Rows)]
    public int FastPath() => Count(Utf8CsvReader.Read(Open(), "bench.csv", Language.English));

    private DecodingReader Open() => EncodingSniffer.Open(new MemoryStream(_csv), "bench.csv", InventoryFormat.Csv, new InventoryOptions());

    private static int Count(System.Collections.Generic.IEnumerable<LiveAccess.Core.Domain.InventoryRecord> records)
    {
        var n = 0;
        foreach (var r in records) if (r.Row is not null) n++;
        return n;
    }
}
