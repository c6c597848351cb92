using System;
using System.Collections.Generic;
using LiveAccess.Core.Domain;
using LiveAccess.Core.Evaluation;
using LiveAccess.Core.Text;

namespace LiveAccess.Core.Reports;

/// <summary>
/// A plain-text table for people: decisions grouped by program (one header line with AppId, name,
/// entity type and where the row came from), one line per scenario with an outcome mark, the
/// scenario id and the plans, and for programs that are not eligible the first reason and the
/// first remediation. Fits <see cref="ReportContext.Width"/> columns; Chinese text counts two
/// columns per character. Marks are ASCII so that every console shows them.
/// </summary>
public sealed class TableDecisionWriter : IDecisionWriter
{
    private const string Indent = "  ";
    private readonly ReportContext _context;
    private readonly Language _language;
    private readonly int _width;
    private readonly int _outcomeWidth;
    private readonly int _scenarioWidth;
    private readonly string _detailIndent;
    private MiniProgram? _current;
    private bool _any;

    /// <summary>Creates the writer.</summary>
    public TableDecisionWriter(ReportContext context)
    {
        _context = context ?? throw new ArgumentNullException(nameof(context));
        _language = context.Language;
        _width = Math.Max(60, context.Width);
        _outcomeWidth = Math.Max(TextWidth.Of(Label(Outcome.Eligible)), Math.Max(TextWidth.Of(Label(Outcome.Conditional)), TextWidth.Of(Label(Outcome.Ineligible))));
        _scenarioWidth = Math.Min(28, LongestScenarioId(context.Rules.Scenarios));
        _detailIndent = TextWidth.Spaces(Indent.Length + 2);
    }

    // A loop rather than LINQ over ints: no code to generate when a single answer starts.
    private static int LongestScenarioId(IReadOnlyList<Rules.Scenario> scenarios)
    {
        if (scenarios.Count == 0) return 10;
        var longest = 0;
        foreach (var s in scenarios) longest = Math.Max(longest, s.Id.Length);
        return longest;
    }

    /// <inheritdoc />
    public void WriteDecision(Decision decision)
    {
        if (decision is null) throw new ArgumentNullException(nameof(decision));
        if (!ReferenceEquals(decision.Program, _current))
        {
            if (_any) _context.Output.WriteLine();
            WriteHeader(decision.Program);
            _current = decision.Program;
            _any = true;
        }
        WriteOutcomeLine(decision);
        if (decision.Outcome == Outcome.Eligible) return;
        WriteDetail(Text("table.why"), decision.Reasons);
        // A condition is often both the reason and the fix: say it once.
        var remediations = decision.Reasons.Count > 0 && decision.Remediations.Count > 0 && decision.Remediations[0].Text == decision.Reasons[0].Text
            ? AllButFirst(decision.Remediations)
            : decision.Remediations;
        WriteDetail(Text("table.fix"), remediations);
    }

    private static List<Message> AllButFirst(IReadOnlyList<Message> messages)
    {
        var rest = new List<Message>(messages.Count);
        for (var i = 1; i < messages.Count; i++) rest.Add(messages[i]);
        return rest;
    }

    /// <summary>Refused rows are reported on the error stream; the summary counts them.</summary>
    public void WriteError(RowError error) { }

    /// <inheritdoc />
    public void Complete(RunTotals totals)
    {
        if (totals is null) throw new ArgumentNullException(nameof(totals));
        if (_any) _context.Output.WriteLine();
        var summary = totals.Decisions == 0 && totals.Refused == 0
            ? Text("table.none")
            : Messages.Format(_language, "table.summary", totals.Decisions, totals.Eligible, totals.Conditional, totals.Ineligible, totals.Answered, totals.Refused);
        foreach (var line in TextWidth.Wrap(summary, _width)) _context.Output.WriteLine(line);
        _context.Output.Flush();
    }

    /// <inheritdoc />
    public void Dispose() { }

    private void WriteHeader(MiniProgram program)
    {
        var parts = new List<string> { program.AppId };
        if (program.Name is { Length: > 0 } name) parts.Add(TextWidth.Truncate(name, 40));
        parts.Add(_language == Language.Chinese
            ? program.EntityType.Id() + " (" + EntityTypes.ChineseName(program.EntityType) + ")"
            : program.EntityType.Id());
        if (program.Source is { } source) parts.Add(source.ToString());
        _context.Output.WriteLine(TextWidth.Truncate(string.Join("  ", parts), _width));

        var categories = new List<string>();
        foreach (var c in _context.Rules.Categories.Members(program.Categories)) categories.Add(c.ChineseName);
        var categoryText = categories.Count == 0 ? Messages.Get("categories.none").In(_language) : string.Join(", ", categories);
        WriteWrapped(Indent + WithSpace(Text("table.categories")), categoryText);
        foreach (var warning in program.Warnings) WriteWrapped(Indent + "! ", warning.Text);
    }

    private void WriteOutcomeLine(Decision decision)
    {
        var lead = Indent + Mark(decision.Outcome) + " " + TextWidth.PadRight(Label(decision.Outcome), _outcomeWidth)
                   + "  " + TextWidth.PadRight(decision.Scenario, _scenarioWidth) + "  ";
        var plans = decision.Plans.Count == 0 ? "-" : string.Join(", ", PlanIds(decision.Plans));
        WriteWrapped(lead, plans);
    }

    private static string[] PlanIds(IReadOnlyList<PlanMatch> plans)
    {
        var ids = new string[plans.Count];
        for (var i = 0; i < ids.Length; i++) ids[i] = plans[i].Id;
        return ids;
    }

    private void WriteDetail(string label, IReadOnlyList<Message> messages)
    {
        if (messages.Count == 0) return;
        var text = messages[0].Text;
        if (messages.Count > 1) text += Messages.Format(_language, "table.more", messages.Count - 1);
        WriteWrapped(_detailIndent + WithSpace(label), text);
    }

    // Writes lead + text, wrapping text under itself (hanging indent).
    private void WriteWrapped(string lead, string text)
    {
        var leadWidth = TextWidth.Of(lead);
        if (_width - leadWidth < 24)
        {
            // A narrow terminal: the lead gets its own line, the text goes under it.
            _context.Output.WriteLine(lead.TrimEnd());
            lead = _detailIndent + "  ";
            leadWidth = lead.Length;
        }
        var lines = TextWidth.Wrap(text, _width - leadWidth);
        var pad = TextWidth.Spaces(leadWidth);
        for (var i = 0; i < lines.Count; i++)
        {
            _context.Output.Write(i == 0 ? lead : pad);
            _context.Output.WriteLine(lines[i]);
        }
    }

    // "why: " in English; "原因：" needs no space after its full-width colon.
    private static string WithSpace(string text) => text.EndsWith("：", StringComparison.Ordinal) ? text : text + " ";

    private static string Mark(Outcome outcome) => outcome switch
    {
        Outcome.Eligible => "+",
        Outcome.Conditional => "?",
        _ => "x",
    };

    private string Label(Outcome outcome) => Text("table.outcome." + Outcomes.Id(outcome));

    private string Text(string key) => Messages.Get(key).In(_language);
}
