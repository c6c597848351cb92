using System;
using System.Collections.Generic;
using LiveAccess.Core.Domain;
using LiveAccess.Core.Evaluation;

namespace LiveAccess.Core.Reports;

/// <summary>
/// Several writers fed by one run, in order: each decision and refused row goes to every writer,
/// <see cref="Complete"/> completes them in order, so one pass over an inventory writes a report on
/// standard output, JUnit and SARIF files and the CI annotations together.
/// </summary>
public sealed class CompositeDecisionWriter : IDecisionWriter
{
    private readonly IReadOnlyList<IDecisionWriter> _writers;

    /// <summary>Creates the composite; it owns (disposes) the writers.</summary>
    public CompositeDecisionWriter(IEnumerable<IDecisionWriter> writers)
    {
        _writers = new List<IDecisionWriter>(writers ?? throw new ArgumentNullException(nameof(writers)));
    }

    /// <summary>The writers, in order.</summary>
    public IReadOnlyList<IDecisionWriter> Writers => _writers;

    /// <inheritdoc />
    public void WriteDecision(Decision decision)
    {
        foreach (var w in _writers) w.WriteDecision(decision);
    }

    /// <inheritdoc />
    public void WriteError(RowError error)
    {
        foreach (var w in _writers) w.WriteError(error);
    }

    /// <inheritdoc />
    public void Complete(RunTotals totals)
    {
        foreach (var w in _writers) w.Complete(totals);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        List<Exception>? failures = null;
        foreach (var w in _writers)
        {
            try { w.Dispose(); }
            catch (Exception ex) { (failures ??= new List<Exception>()).Add(ex); }
        }
        if (failures is not null) throw new AggregateException(failures);
    }
}
