using System;
using LiveAccess.Core.Domain;
using LiveAccess.Core.Evaluation;

namespace LiveAccess.Core.Reports;

/// <summary>
/// Writes decisions in one format as they come (streaming): the fronts call
/// <see cref="WriteDecision"/> per decision, <see cref="WriteError"/> per refused row, then
/// <see cref="Complete"/> once with the totals.
/// </summary>
public interface IDecisionWriter : IDisposable
{
    /// <summary>Writes one decision.</summary>
    void WriteDecision(Decision decision);
    /// <summary>Records one refused row (formats that carry errors write it; others ignore it).</summary>
    void WriteError(RowError error);
    /// <summary>Ends the document (closing brackets, summary); called once.</summary>
    void Complete(RunTotals totals);
}
