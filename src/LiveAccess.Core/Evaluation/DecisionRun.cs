using System;
using System.Collections.Generic;
using LiveAccess.Core.Domain;
using LiveAccess.Core.Rules;
using LiveAccess.Core.Text;

namespace LiveAccess.Core.Evaluation;

/// <summary>
/// Runs records through normalisation and evaluation, one at a time, keeping the totals:
/// the one loop every front (CLI, cmdlets) shares. Never buffers the input.
/// </summary>
public sealed class DecisionRun
{
    private readonly AppIdSet _seenAppIds = new();

    /// <summary>Creates a run over an evaluator (its rule set and language).</summary>
    public DecisionRun(Evaluator evaluator)
    {
        Evaluator = evaluator ?? throw new ArgumentNullException(nameof(evaluator));
        Normalizer = new ProgramNormalizer(evaluator.Rules, evaluator.Language);
    }

    /// <summary>Creates a run over a rule set in a language.</summary>
    public DecisionRun(RuleSet rules, Language language) : this(new Evaluator(rules, language)) { }

    /// <summary>The evaluator.</summary>
    public Evaluator Evaluator { get; }
    /// <summary>The normaliser.</summary>
    public ProgramNormalizer Normalizer { get; }
    /// <summary>The running totals.</summary>
    public RunTotals Totals { get; } = new();

    /// <summary>Decides one record: its decisions, or its error.</summary>
    public RunItem Decide(InventoryRecord record)
    {
        Totals.Read++;
        if (record.Error is { } readError) return Refuse(readError);
        var result = Normalizer.Normalize(record.Row!);
        if (result.Error is { } error) return Refuse(error);
        var program = result.Program!;
        if (!_seenAppIds.Add(program.AppId))
            program = program with
            {
                Warnings = new List<Message>(program.Warnings)
                {
                    new("duplicate-app-id", Messages.Format(Evaluator.Language, "warning.duplicate-app-id", program.AppId)),
                },
            };
        var decisions = Evaluator.Evaluate(program);
        Totals.Answered++;
        foreach (var d in decisions)
        {
            Totals.Decisions++;
            switch (d.Outcome)
            {
                case Outcome.Eligible: Totals.Eligible++; break;
                case Outcome.Conditional: Totals.Conditional++; break;
                default: Totals.Ineligible++; break;
            }
        }
        return new RunItem(decisions, null);
    }

    /// <summary>Decides every record lazily, in order.</summary>
    public IEnumerable<RunItem> DecideAll(IEnumerable<InventoryRecord> records)
    {
        if (records is null) throw new ArgumentNullException(nameof(records));
        foreach (var record in records) yield return Decide(record);
    }

    private RunItem Refuse(RowError error)
    {
        Totals.Refused++;
        return new RunItem(Array.Empty<Decision>(), error);
    }
}

/// <summary>What one record became: decisions (one per scenario) or an error.</summary>
public sealed record RunItem(IReadOnlyList<Decision> Decisions, RowError? Error);
