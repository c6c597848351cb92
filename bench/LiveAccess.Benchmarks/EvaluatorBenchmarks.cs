using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using LiveAccess.Core.Domain;
using LiveAccess.Core.Evaluation;
using LiveAccess.Core.Rules;
using LiveAccess.Core.Text;

namespace LiveAccess.Benchmarks;

/// <summary>The evaluator alone: decisions per second for a realistic mix of programs (goal: 5 million per second on one core).</summary>
[MemoryDiagnoser]
public class EvaluatorBenchmarks
{
    private const int Programs = 4096;
    private readonly Evaluator _evaluator = new(RuleSetLoader.Default, Language.English);
    private MiniProgram[] _programs = Array.Empty<MiniProgram>();

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        var rules = RuleSetLoader.Default;
        var normalizer = new ProgramNormalizer(rules, Language.English);
        var categories = rules.Categories.All.Select(c => c.ChineseName).ToArray();
        var scenarios = rules.Scenarios.Select(s => s.Id).ToArray();
        _programs = Enumerable.Range(0, Programs).Select(i => normalizer.Normalize(new InventoryRow
        {
            AppId = "wx" + i.ToString("x16", System.Globalization.CultureInfo.InvariantCulture),
            EntityType = EntityTypes.Ids[random.Next(EntityTypes.Ids.Count)],
            Categories = new[] { string.Join(";", Enumerable.Range(0, random.Next(1, 4)).Select(_ => categories[random.Next(categories.Length)])) },
            Scenario = scenarios[random.Next(scenarios.Length)],
        }).Program!).ToArray();
        foreach (var p in _programs) _evaluator.Evaluate(p); // warm the verdict cache as a long run would
    }

    /// <summary>One decision per program (each names its scenario).</summary>
    [Benchmark(OperationsPerInvoke = Programs)]
    public int DecideOneScenario()
    {
        var eligible = 0;
        foreach (var p in _programs)
            if (_evaluator.Evaluate(p)[0].Eligible) eligible++;
        return eligible;
    }
}
