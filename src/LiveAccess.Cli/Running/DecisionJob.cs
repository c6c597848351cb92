using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using LiveAccess.Cli.Arguments;
using LiveAccess.Cli.Commands;
using LiveAccess.Core.Ci;
using LiveAccess.Core.Domain;
using LiveAccess.Core.Evaluation;
using LiveAccess.Core.Inventory;
using LiveAccess.Core.Reports;

namespace LiveAccess.Cli.Running;

/// <summary>
/// The loop of <c>plan</c> and <c>check</c>: read the programs one by one, decide each, write each
/// decision as it comes, report each refused row on standard error (<c>file:line: [AppId] message</c>)
/// and go on, then complete the report and say how many rows were read, answered and refused.
/// </summary>
internal static class DecisionJob
{
    /// <summary>Runs the job; <paramref name="gate"/> is null for <c>plan</c> (no gate).</summary>
    public static int Run(CliSession session, ParsedArguments arguments, GatePolicy? gate)
    {
        var input = InputSource.From(arguments, session);
        var outputPath = arguments.Value(CommonOptions.Output);
        var format = ChooseFormat(arguments.Value(CommonOptions.DecisionFormat), outputPath);
        var rules = RuleChoice.Load(session, arguments);

        using var target = ReportTarget.Open(outputPath, arguments.Has(CommonOptions.Force), format.ByteOrderMarkInFiles, session);
        var context = new ReportContext
        {
            Output = target.Writer,
            Language = session.Language,
            InventoryPath = InventoryPaths.Relative(input.Path, CiSystems.RepositoryRoot(Environment.GetEnvironmentVariable)),
            Rules = rules,
            Gate = gate ?? GatePolicy.Default,
            Width = session.Width,
        };
        using var reports = ReportSet.Open(session, arguments, context, gate is not null, outputPath);
        var run = new DecisionRun(rules, session.Language);
        var inputName = input.Describe(session);
        session.Activity = () => session.Format("cli.activity.deciding", inputName, run.Totals.Read);

        long failing;
        bool wholeInputFailed;
        using (var writer = reports.Around(format.Create(context)))
        {
            wholeInputFailed = !WriteAll(session, run, input, writer, gate, out failing);
            if (!wholeInputFailed || target.Path is null)
            {
                // Standard output gets a well-formed end even after a read failure (the exit code
                // says it is incomplete); a file is put in place only when the report is whole.
                session.Activity = () => session.Format("cli.activity.writing", target.Path ?? session.Text("cli.output.stdout"));
                writer.Complete(run.Totals);
                target.Commit();
                if (target.Path is not null && !wholeInputFailed)
                    session.Error.WriteLine(session.Format("cli.output.written", format.Name, target.Path));
                if (!wholeInputFailed) reports.Commit(run.Totals);
            }
            else
            {
                session.Error.WriteLine(session.Format("cli.output.discarded", outputPath));
            }
        }

        if (gate is not null && !wholeInputFailed)
            session.Error.WriteLine(failing == 0
                ? session.Format("cli.gate.passed", Outcomes.Id(gate.FailOn), run.Totals.Decisions)
                : session.Format("cli.gate.failed", Outcomes.Id(gate.FailOn), failing, run.Totals.Decisions));
        var t = run.Totals;
        session.Error.WriteLine(session.Format("cli.totals", t.Read, t.Answered, t.Refused, t.Decisions, t.Eligible, t.Conditional, t.Ineligible));

        if (wholeInputFailed || t.Refused > 0) return ExitCodes.InputError;
        return failing > 0 ? ExitCodes.GateFailed : ExitCodes.Success;
    }

    /// <summary>
    /// Decides and writes every record; refused rows go to standard error as they come. False when
    /// the input stopped being readable part way; <paramref name="failing"/> counts the decisions
    /// that fail the gate (an out parameter, not a tuple: nothing to compile when a single answer starts).
    /// </summary>
    private static bool WriteAll(CliSession session, DecisionRun run, InputSource input, IDecisionWriter writer, GatePolicy? gate, out long failing)
    {
        failing = 0;
        CsvReportShortcut? taken = null;
        try
        {
            IEnumerable<NormalizedRecord> records = input.IsFile ? FileRecords(run, input, writer, gate, out taken) : Normalized(run, input.Records());
            foreach (var record in records)
            {
                if (taken is not null && taken.TryWrite(record)) continue;
                var item = run.Decide(record);
                if (item.Error is { } error)
                {
                    session.Error.WriteLine(error.ToString());
                    writer.WriteError(error);
                    continue;
                }
                foreach (var decision in item.Decisions)
                {
                    writer.WriteDecision(decision);
                    if (gate is not null && gate.Fails(decision)) failing++;
                }
            }
            return true;
        }
        catch (InventoryException ex)
        {
            session.Error.WriteLine(ex.ToString());
            return false;
        }
        finally
        {
            // The decisions the shortcut wrote count too, however the input ended.
            failing += taken?.Failing ?? 0;
        }
    }

    /// <summary>
    /// The records of an inventory file, read and normalised on one core while they are decided
    /// and written on the other; for a CSV report of a CSV file, plain lines are worked out from
    /// their bytes on the first and written as bytes on the second (<paramref name="shortcut"/>).
    /// Not standard input: a pipe may keep rows waiting, and they must come out as they come in.
    /// A method of its own, so that a single answer loads none of it.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ReadAhead<NormalizedRecord> FileRecords(DecisionRun run, InputSource input, IDecisionWriter writer, GatePolicy? gate, out CsvReportShortcut? shortcut)
    {
        shortcut = ShortcutFor(writer, run, gate);
        run.ExpectInputFile(input.Path!);
        var records = shortcut is null ? input.Records() : input.FileRecords(shortcut);
        // A record of the shortcut's stands for a few hundred lines: batches are counted in lines.
        // Up to 32 batches ahead (some 16 000 lines, a few MB): either thread has bursts (the reading
        // one learning new category lists, the writing one new verdicts and tails, either one
        // recompiled code or a collection), which a deeper queue absorbs instead of making the other
        // wait (ten alternating runs of a million rows: median 1.17 s against 1.27 s with 8).
        return new ReadAhead<NormalizedRecord>(Normalized(run, records), maxBatches: 32, weight: static record => record.Lines);
    }

    /// <summary>The shortcut of a CSV report written alone (no other report, no annotations), else null.</summary>
    private static CsvReportShortcut? ShortcutFor(IDecisionWriter writer, DecisionRun run, GatePolicy? gate) =>
        writer is CompositeDecisionWriter { Writers: { Count: 1 } writers } && writers[0] is CsvDecisionWriter csv ? csv.Shortcut(run, gate) : null;

    private static IEnumerable<NormalizedRecord> Normalized(DecisionRun run, IEnumerable<InventoryRecord> records)
    {
        foreach (var record in records) yield return run.Normalize(record);
    }

    /// <summary>The chosen format, else the one the output file's extension implies, else the table.</summary>
    private static ReportFormat ChooseFormat(string? name, string? outputPath) =>
        ReportFormats.Find(name) ?? ReportFormats.FromPath(outputPath) ?? ReportFormats.Find(ReportFormats.Default)!;
}
