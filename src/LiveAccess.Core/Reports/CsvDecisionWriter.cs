using System;
using System.Collections.Generic;
using System.Text;
using LiveAccess.Core.Domain;
using LiveAccess.Core.Evaluation;

namespace LiveAccess.Core.Reports;

/// <summary>
/// One CSV record per decision, for spreadsheets and scripts. Columns (English, stable):
/// AppId, Name, EntityType, Scenario, Outcome, Eligible, Plans (ids joined by <c>;</c>),
/// Reasons, Remediations, Warnings (messages joined by <c> | </c>), RuleSetVersion.
/// Cells a spreadsheet would run as a formula are neutralised (<see cref="CsvCells"/>).
/// </summary>
public sealed class CsvDecisionWriter : IDecisionWriter
{
    /// <summary>The header, in column order.</summary>
    public static IReadOnlyList<string> Columns { get; } = new[]
    {
        "AppId", "Name", "EntityType", "Scenario", "Outcome", "Eligible", "Plans",
        "Reasons", "Remediations", "Warnings", "RuleSetVersion",
    };

    /// <summary>Separator between plan ids in the Plans cell.</summary>
    public const char PlanSeparator = ';';
    /// <summary>Separator between messages in the Reasons, Remediations and Warnings cells.</summary>
    public const string MessageSeparator = " | ";

    private readonly ReportContext _context;
    private readonly string?[] _cells = new string?[11];
    private readonly StringBuilder _join = new();
    private bool _headerWritten;

    /// <summary>Creates the writer.</summary>
    public CsvDecisionWriter(ReportContext context) =>
        _context = context ?? throw new ArgumentNullException(nameof(context));

    /// <inheritdoc />
    public void WriteDecision(Decision decision)
    {
        if (decision is null) throw new ArgumentNullException(nameof(decision));
        WriteHeader();
        _cells[0] = decision.AppId;
        _cells[1] = decision.Name;
        _cells[2] = decision.EntityType.Id();
        _cells[3] = decision.Scenario;
        _cells[4] = Outcomes.Id(decision.Outcome);
        _cells[5] = decision.Eligible ? "true" : "false";
        _cells[6] = JoinPlans(decision.Plans);
        _cells[7] = JoinMessages(decision.Reasons);
        _cells[8] = JoinMessages(decision.Remediations);
        _cells[9] = JoinMessages(decision.Warnings);
        _cells[10] = decision.RuleSetVersion;
        CsvCells.WriteRecord(_context.Output, _cells);
    }

    /// <summary>Refused rows are reported on the error stream, not in the table of decisions.</summary>
    public void WriteError(RowError error) { }

    /// <inheritdoc />
    public void Complete(RunTotals totals)
    {
        WriteHeader();
        _context.Output.Flush();
    }

    /// <inheritdoc />
    public void Dispose() { }

    private void WriteHeader()
    {
        if (_headerWritten) return;
        _headerWritten = true;
        CsvCells.WriteRecord(_context.Output, (string[])Columns);
    }

    private string JoinPlans(IReadOnlyList<PlanMatch> plans)
    {
        if (plans.Count == 0) return string.Empty;
        if (plans.Count == 1) return plans[0].Id;
        _join.Clear();
        for (var i = 0; i < plans.Count; i++)
        {
            if (i > 0) _join.Append(PlanSeparator);
            _join.Append(plans[i].Id);
        }
        return _join.ToString();
    }

    private string JoinMessages(IReadOnlyList<Message> messages)
    {
        if (messages.Count == 0) return string.Empty;
        if (messages.Count == 1) return messages[0].Text;
        _join.Clear();
        for (var i = 0; i < messages.Count; i++)
        {
            if (i > 0) _join.Append(MessageSeparator);
            _join.Append(messages[i].Text);
        }
        return _join.ToString();
    }
}
