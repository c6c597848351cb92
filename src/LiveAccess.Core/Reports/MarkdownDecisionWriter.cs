using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using LiveAccess.Core.Domain;
using LiveAccess.Core.Evaluation;

namespace LiveAccess.Core.Reports;

/// <summary>
/// A Markdown report people read: one table row per decision (streamed), then the refused rows,
/// the details of every program (plans, reasons, remediations, warnings, sources) and the totals.
/// Details and refused rows wait in a disk spool, so memory stays bounded.
/// </summary>
public sealed class MarkdownDecisionWriter : IDecisionWriter
{
    private readonly ReportContext _context;
    private readonly TextWriter _out;
    private readonly ReportLabels _labels;
    private readonly TextSpool _details = new();
    private readonly TextSpool _refused = new();
    private MiniProgram? _currentProgram;
    private bool _completed;

    /// <summary>Writes the title and the table header.</summary>
    public MarkdownDecisionWriter(ReportContext context)
    {
        _context = context ?? throw new ArgumentNullException(nameof(context));
        _out = context.Output;
        _labels = new ReportLabels(context.Language);
        _out.Write("# " + _labels["md.title"] + "\n\n");
        var inventory = InventoryPaths.Relative(context.InventoryPath);
        _out.Write(MarkdownText.Inline(_labels.Format("md.meta", context.Rules.Version, _labels.FailOn(context.Gate),
            inventory ?? _labels["md.no-inventory"])) + "\n\n");
        _out.Write(MarkdownText.Header(_labels["col.app-id"], _labels["col.name"], _labels["col.scenario"],
            _labels["col.outcome"], _labels["col.plans"], _labels["col.gate"], _labels["col.line"]) + "\n");
    }

    /// <inheritdoc />
    public void WriteDecision(Decision decision)
    {
        if (decision is null) throw new ArgumentNullException(nameof(decision));
        var plans = decision.Plans.Count == 0 ? "—" : string.Join(", ", decision.Plans.Select(p => MarkdownText.Inline(p.Id)));
        _out.Write(MarkdownText.Row(
            MarkdownText.Inline(decision.AppId),
            MarkdownText.Inline(decision.Name),
            MarkdownText.Inline(decision.Scenario),
            OutcomeMark.Labelled(decision.Outcome, _context.Language),
            plans,
            GateWord(decision),
            Line(decision.Source)) + "\n");
        WriteDetails(decision);
    }

    /// <inheritdoc />
    public void WriteError(RowError error)
    {
        if (error is null) throw new ArgumentNullException(nameof(error));
        if (_refused.IsEmpty)
            _refused.WriteLine(MarkdownText.Header(_labels["col.line"], _labels["col.app-id"], _labels["col.code"], _labels["col.problem"]));
        _refused.WriteLine(MarkdownText.Row(Line(error.Source), MarkdownText.Inline(error.AppId), MarkdownText.Inline(error.Code), MarkdownText.Inline(error.Message)));
    }

    /// <inheritdoc />
    public void Complete(RunTotals totals)
    {
        if (totals is null) throw new ArgumentNullException(nameof(totals));
        if (_completed) return;
        _completed = true;
        if (!_refused.IsEmpty)
        {
            _out.Write("\n## " + _labels["md.refused"] + "\n\n");
            _refused.CopyTo(_out);
        }
        if (!_details.IsEmpty)
        {
            _out.Write("\n## " + _labels["md.details"] + "\n");
            _details.CopyTo(_out);
        }
        _out.Write("\n## " + _labels["md.totals"] + "\n\n" + MarkdownText.Inline(_labels.Totals(totals)) + "\n");
        _out.Flush();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _details.Dispose();
        _refused.Dispose();
    }

    private string GateWord(Decision d) =>
        _context.Gate.Fails(d) ? _labels["gate.fail"] : _context.Gate.Warns(d) ? _labels["gate.warn"] : _labels["gate.pass"];

    private static string Line(SourceLocation? source) =>
        source is null || source.Line <= 0 ? string.Empty : source.Line.ToString(CultureInfo.InvariantCulture);

    private void WriteDetails(Decision d)
    {
        var s = _details;
        if (!ReferenceEquals(d.Program, _currentProgram))
        {
            _currentProgram = d.Program;
            var where = d.Source is null ? string.Empty : " · " + MarkdownText.Inline(d.Source.ToString());
            s.WriteLine(string.Empty);
            s.WriteLine("### " + MarkdownText.Inline(ReportText.Program(d)) + where);
            s.WriteLine(string.Empty);
            s.WriteLine(_labels["md.entity"] + ": " + MarkdownText.Inline(d.EntityType.Id()));
        }
        s.WriteLine(string.Empty);
        s.WriteLine("#### " + MarkdownText.Inline(d.Scenario + " — " + d.Verdict.ScenarioName) + ": " + OutcomeMark.Labelled(d.Outcome, _context.Language));
        s.WriteLine(string.Empty);
        if (d.Plans.Count > 0)
        {
            s.WriteLine("- **" + _labels["md.plans"] + "**");
            foreach (var p in d.Plans) s.WriteLine("  - " + Plan(p));
        }
        List("md.reasons", d.Reasons);
        List("md.remediations", d.Remediations);
        List("md.warnings", d.Warnings);
        if (d.Provenance.Count > 0)
        {
            s.WriteLine("- **" + _labels["md.sources"] + "**");
            foreach (var p in d.Provenance)
                s.WriteLine("  - " + MarkdownText.Inline(p.ToString()) + (p.Url is null ? string.Empty : " — " + MarkdownText.Inline(p.Url)));
        }
    }

    private string Plan(PlanMatch p)
    {
        var parts = new List<string>
        {
            "**" + MarkdownText.Inline(p.Id) + "** " + MarkdownText.Inline(p.Name),
            MarkdownText.Inline(p.Vendor),
            MarkdownText.Inline(p.Integration),
            _labels[p.NeedsDevelopment ? "md.needs-development" : "md.no-development"],
        };
        if (p.MatchedBy.Count > 0) parts.Add(_labels["md.matched-by"] + " " + MarkdownText.Inline(string.Join(", ", p.MatchedBy)));
        if (p.Conditions.Count > 0) parts.Add(_labels["md.conditions"] + ": " + MarkdownText.Inline(ReportText.Join(p.Conditions)));
        if (p.Docs is not null) parts.Add(MarkdownText.Inline(p.Docs));
        return string.Join(" · ", parts);
    }

    private void List(string labelKey, IReadOnlyList<Message> messages)
    {
        if (messages.Count == 0) return;
        _details.WriteLine("- **" + _labels[labelKey] + "**");
        foreach (var m in messages) _details.WriteLine("  - " + MarkdownText.Inline(m.Text) + " (" + MarkdownText.Inline(m.Code) + ")");
    }
}
