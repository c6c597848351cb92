using System;
using System.Collections.Generic;
using System.IO;
using LiveAccess.Core.Domain;
using LiveAccess.Core.Inventory;
using LiveAccess.Core.Rules;
using LiveAccess.Core.Text;

namespace LiveAccess.Core.Evaluation;

/// <summary>
/// Runs records through normalisation and evaluation, one at a time, keeping the totals:
/// the one loop every front (CLI, cmdlets) shares. Never buffers the input.
/// </summary>
public sealed class DecisionRun
{
    // An inventory row takes some 60-80 bytes (an AppId alone is 18): a file's size foretells its
    // rows well enough to size the duplicate check once. Capped: past it, the check grows as it goes.
    private const int BytesPerRow = 64;
    private const int MaxExpectedRows = 2 * 1024 * 1024;
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

    /// <summary>
    /// Readies the run for an inventory file of <paramref name="bytes"/> bytes: the duplicate check
    /// makes room at once for the rows such a file holds (about one per 64 bytes, at most two
    /// million), instead of growing and copying itself step by step. Only a hint: a run holds any
    /// number of rows.
    /// </summary>
    public void ExpectInput(long bytes)
    {
        if (bytes > 0) _seenAppIds.Reserve((int)Math.Min(bytes / BytesPerRow, MaxExpectedRows));
    }

    /// <summary><see cref="ExpectInput(long)"/> for the file at <paramref name="path"/>, if it can be read (reading it later says why not).</summary>
    public void ExpectInputFile(string path)
    {
        try
        {
            var file = new FileInfo(path);
            if (file.Exists) ExpectInput(file.Length);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            // No hint, then: the run sizes itself as it goes.
        }
    }

    /// <summary>Decides one record: its decisions, or its error.</summary>
    public RunItem Decide(InventoryRecord record) => Decide(Normalize(record));

    /// <summary>
    /// The first half of <see cref="Decide(InventoryRecord)"/>: the record's program normalised
    /// (duplicate AppIds noted), or its error. A reading thread can do it ahead of the thread that
    /// decides and writes: every record goes through <see cref="Normalize"/> once and then through
    /// <see cref="Decide(NormalizedRecord)"/>, each in the records' order.
    /// </summary>
    public NormalizedRecord Normalize(InventoryRecord record)
    {
        if (record.Taken is { } taken) return new NormalizedRecord(taken);
        if (record.Error is { } readError) return new NormalizedRecord(null, readError);
        var result = Normalizer.Normalize(record.Row!);
        if (result.Error is { } error) return new NormalizedRecord(null, error);
        var program = result.Program!;
        // Duplicates are noted here, in the records' order, on the thread that also reads the
        // lines a shortcut takes (it notes theirs as it takes them).
        if (!_seenAppIds.Add(program.AppId))
            program = program with { Warnings = new List<Message>(program.Warnings) { DuplicateWarning(program.AppId) } };
        return new NormalizedRecord(program, null);
    }

    /// <summary>
    /// Notes AppIds (the numbers their 16 hexadecimal digits write) as seen, in their order, for
    /// lines answered without <see cref="Normalize"/>: <paramref name="seen"/> says of each whether
    /// it was seen before (the line then carries <see cref="DuplicateWarning"/> after its own warnings).
    /// </summary>
    internal void ClaimAll(ulong[] appIds, int count, bool[] seen) => _seenAppIds.AddAll(appIds, count, seen);

    /// <summary>Slots of the duplicate check's table (for tests of <see cref="ExpectInput"/>).</summary>
    internal int DuplicateCheckSlots => _seenAppIds.SlotCount;

    /// <summary>The warning of a row whose AppId an earlier row has.</summary>
    internal Message DuplicateWarning(string appId) =>
        new("duplicate-app-id", Messages.Format(Evaluator.Language, "warning.duplicate-app-id", appId));

    /// <summary>Counts records answered without <see cref="Decide(NormalizedRecord)"/>: how many, and their decisions by outcome.</summary>
    internal void CountAnswered(int records, long eligible, long conditional, long ineligible)
    {
        Totals.Read += records;
        Totals.Answered += records;
        Totals.Decisions += eligible + conditional + ineligible;
        Totals.Eligible += eligible;
        Totals.Conditional += conditional;
        Totals.Ineligible += ineligible;
    }

    /// <summary>The second half of <see cref="Decide(InventoryRecord)"/>: evaluation and totals.</summary>
    public RunItem Decide(NormalizedRecord record)
    {
        if (record.Taken is not null) throw new InvalidOperationException("A line a shortcut took is answered by that shortcut (CsvReportShortcut.TryWrite).");
        Totals.Read++;
        if (record.Error is { } error) return Refuse(error);
        var program = record.Program!;
        var decisions = Evaluator.Evaluate(program);
        Totals.Answered++;
        for (var i = 0; i < decisions.Count; i++)
        {
            Totals.Decisions++;
            switch (decisions[i].Outcome)
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

/// <summary>A record normalised (<see cref="DecisionRun.Normalize"/>): its program, or the error that keeps it from being decided.</summary>
public readonly struct NormalizedRecord
{
    internal NormalizedRecord(MiniProgram? program, RowError? error)
    {
        Program = program;
        Error = error;
        Taken = null;
    }

    internal NormalizedRecord(object taken)
    {
        Program = null;
        Error = null;
        Taken = taken;
    }

    /// <summary>What a shortcut made of the lines it took (see <see cref="Inventory.RowShortcut"/>); null for every other record.</summary>
    internal object? Taken { get; }

    /// <summary>How many inventory lines the record stands for: one, or the lines a shortcut took together.</summary>
    public int Lines => Taken is ITakenLines taken ? taken.Count : 1;

    /// <summary>The normalised program, when the record could be normalised.</summary>
    public MiniProgram? Program { get; }
    /// <summary>Why the record cannot be decided.</summary>
    public RowError? Error { get; }
}

/// <summary>What one record became: decisions (one per scenario) or an error.</summary>
public sealed record RunItem(IReadOnlyList<Decision> Decisions, RowError? Error);
