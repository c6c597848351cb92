using System.Collections.Generic;
using System.Text;
using LiveAccess.Core.Domain;

namespace LiveAccess.Core.Reports;

/// <summary>The texts a test-result case carries (JUnit, NUnit): a one-line message and a body.</summary>
internal static class TestCaseText
{
    /// <summary>The fixture (JUnit classname) of a decision: the AppId with the name.</summary>
    public static string Fixture(Decision d) => XmlText.Clean(ReportText.Program(d));

    /// <summary>One line: the outcome and the first reason.</summary>
    public static string Message(Decision d, ReportLabels labels)
    {
        var first = d.Reasons.Count > 0 ? d.Reasons[0].Text : string.Empty;
        return XmlText.Clean(ReportText.Label(d.Outcome, labels.Language) + (first.Length > 0 ? ": " + first : string.Empty));
    }

    /// <summary>The full story: program, scenario, input line, reasons, remediations, warnings, plans.</summary>
    public static string Body(Decision d, ReportLabels labels)
    {
        var sb = new StringBuilder();
        sb.Append(ReportText.Program(d)).Append(" · ").Append(d.Scenario).Append(" (").Append(d.Verdict.ScenarioName).Append(") · ")
          .Append(ReportText.Label(d.Outcome, labels.Language)).Append('\n');
        if (d.Source is not null) sb.Append(labels["md.input"]).Append(": ").Append(d.Source).Append('\n');
        if (d.Plans.Count > 0)
        {
            sb.Append(labels["md.plans"]).Append(":\n");
            foreach (var p in d.Plans)
            {
                sb.Append("- ").Append(p.Id).Append(" (").Append(p.Vendor).Append(", ").Append(p.Integration).Append(')');
                if (p.Conditions.Count > 0) sb.Append(": ").Append(ReportText.Join(p.Conditions));
                sb.Append('\n');
            }
        }
        Section(sb, labels["md.reasons"], d.Reasons);
        Section(sb, labels["md.remediations"], d.Remediations);
        Section(sb, labels["md.warnings"], d.Warnings);
        return XmlText.Clean(sb.ToString().TrimEnd('\n'));
    }

    /// <summary>The text of a refused row.</summary>
    public static string Error(RowError e, ReportLabels labels)
    {
        var sb = new StringBuilder(e.Message);
        if (e.Source is not null) sb.Append('\n').Append(labels["md.input"]).Append(": ").Append(e.Source);
        return XmlText.Clean(sb.ToString());
    }

    /// <summary>The case name of a refused row: its line and AppId as written.</summary>
    public static string ErrorName(RowError e, ReportLabels labels, long ordinal)
    {
        var where = e.Source is { Line: > 0 } s ? labels.Format("junit.row-line", s.Line) : labels.Format("junit.row-number", ordinal);
        return XmlText.Clean(string.IsNullOrEmpty(e.AppId) ? where : where + " · " + e.AppId);
    }

    private static void Section(StringBuilder sb, string title, IReadOnlyList<Message> messages)
    {
        if (messages.Count == 0) return;
        sb.Append(title).Append(":\n");
        foreach (var m in messages) sb.Append("- ").Append(m.Text).Append(" [").Append(m.Code).Append("]\n");
    }
}
