using System.Collections.Generic;
using System.Linq;
using LiveAccess.Core.Domain;
using LiveAccess.Core.Evaluation;
using LiveAccess.Core.Inventory;

namespace LiveAccess.PowerShell.Engine;

/// <summary>
/// One cmdlet invocation's run through the core: rows bound from the pipeline or read from
/// inventory files go through the shared <see cref="DecisionRun"/> one at a time, never buffered.
/// </summary>
internal sealed class DecisionSession
{
    public DecisionSession(RuleContext context)
    {
        Context = context;
        Run = new DecisionRun(context.Evaluator);
    }

    /// <summary>Rules and language.</summary>
    public RuleContext Context { get; }
    /// <summary>The shared loop, with its totals.</summary>
    public DecisionRun Run { get; }

    /// <summary>Decides one row bound from parameters or a pipeline object.</summary>
    public DecidedRow Decide(string? appId, string? name, string? entityType, IEnumerable<string?>? categories, string? scenario)
    {
        var row = new InventoryRow
        {
            AppId = appId,
            Name = name,
            EntityType = entityType,
            Categories = categories?.Where(c => c is not null).Select(c => c!).ToArray() ?? System.Array.Empty<string>(),
            Scenario = scenario,
        };
        return From(Run.Decide(InventoryRecord.Ok(row)));
    }

    /// <summary>
    /// Decides every row of an inventory file, lazily and in order: the file is read and its rows
    /// normalised on a thread of their own, a few batches ahead, as the command does; they are
    /// decided here, on the pipeline's thread. Throws <see cref="InventoryException"/> (when
    /// enumerated, after the rows read before it) if the file as a whole cannot be read.
    /// </summary>
    public IEnumerable<DecidedRow> DecideFile(string path, InventoryOptions options)
    {
        Run.ExpectInputFile(path);
        foreach (var record in new ReadAhead<NormalizedRecord>(InventoryReader.Open(path, options).Select(Run.Normalize)))
            yield return From(Run.Decide(record));
    }

    private static DecidedRow From(RunItem item) => new(item.Decisions, item.Error);
}
