using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using LiveAccess.Core.Domain;
using LiveAccess.Core.Evaluation;
using LiveAccess.Core.Inventory;
using LiveAccess.Core.Reports;
using LiveAccess.Core.Rules;
using LiveAccess.Core.Text;

namespace LiveAccess.Benchmarks;

/// <summary>
/// The stages after reading, per row, with warm caches as in a long run: normalising, deciding
/// (normalise, duplicates, evaluate; a fresh run each time so that every AppId is new), writing the
/// CSV report (one writer for the whole benchmark, to a UTF-8 stream that discards).
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private const int Rows = 20_000;
    private InventoryRecord[] _records = System.Array.Empty<InventoryRecord>();
    private Decision[] _decisions = System.Array.Empty<Decision>();
    private readonly Evaluator _evaluator = new(RuleSetLoader.Default, Language.English);
    private StreamWriter _output = StreamWriter.Null;
    private CsvDecisionWriter? _writer;

    [GlobalSetup]
    public void Setup()
    {
        var csv = RealisticInventory.Csv(Rows);
        _records = InventoryReader.Read(new MemoryStream(csv), "bench.csv", InventoryFormat.Csv, new InventoryOptions()).ToArray();
        var run = new DecisionRun(_evaluator);
        _decisions = _records.SelectMany(r => run.Decide(r).Decisions).ToArray();
        _output = new StreamWriter(Stream.Null, new UTF8Encoding(false), 64 * 1024);
        _writer = new CsvDecisionWriter(new ReportContext { Output = _output, Rules = RuleSetLoader.Default });
        WriteCsv(); // warm the caches as a long run would
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _writer?.Dispose();
        _output.Dispose();
    }

    [Benchmark(OperationsPerInvoke = Rows)]
    public int Normalize()
    {
        var normalizer = new ProgramNormalizer(RuleSetLoader.Default, Language.English);
        var n = 0;
        foreach (var r in _records)
            if (r.Row is { } row && normalizer.Normalize(row).Program is not null) n++;
        return n;
    }

    [Benchmark(OperationsPerInvoke = Rows)]
    public long Decide()
    {
        var run = new DecisionRun(_evaluator);
        foreach (var r in _records) run.Decide(r);
        return run.Totals.Decisions;
    }

    [Benchmark(OperationsPerInvoke = Rows)]
    public int WriteCsv()
    {
        foreach (var d in _decisions) _writer!.WriteDecision(d);
        return _decisions.Length;
    }
}
