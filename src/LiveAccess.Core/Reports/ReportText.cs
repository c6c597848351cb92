using System.Collections.Generic;
using System.Linq;
using LiveAccess.Core.Domain;
using LiveAccess.Core.Text;

namespace LiveAccess.Core.Reports;

/// <summary>The words reports share: outcome labels, program labels, one-line problem texts.</summary>
public static class ReportText
{
    /// <summary>The outcome as people read it in a language.</summary>
    public static string Label(Outcome outcome, Language language) => Messages.Get("report.outcome." + Outcomes.Id(outcome)).In(language);

    /// <summary>The program as people name it: <c>wx… (Name)</c>, or the AppId alone.</summary>
    public static string Program(Decision decision) =>
        decision is null ? string.Empty : Program(decision.AppId, decision.Name);

    /// <summary>The program as people name it from an AppId and an optional name.</summary>
    public static string Program(string? appId, string? name) =>
        string.IsNullOrEmpty(name) ? appId ?? string.Empty : (appId ?? string.Empty) + " (" + name + ")";

    /// <summary>Texts of messages joined on one line.</summary>
    public static string Join(IEnumerable<Message> messages, string separator = " ") =>
        string.Join(separator, messages.Select(m => EndSentence(m.Text)));

    /// <summary>
    /// What is wrong with a decision and how to fix it, on one line: the reasons, then the
    /// remediations after "Fix:" in the language.
    /// </summary>
    public static string Problem(Decision decision, Language language)
    {
        if (decision is null) return string.Empty;
        var text = Join(decision.Reasons);
        // A condition is both the reason and its own remediation: say it once.
        var fixes = decision.Remediations.Where(r => !decision.Reasons.Any(x => x.Text == r.Text)).ToList();
        if (fixes.Count > 0)
            text += " " + Messages.Format(language, "report.fix", Join(fixes));
        return text.Trim();
    }

    /// <summary>The text with a closing full stop when it has none (。 for Chinese text).</summary>
    public static string EndSentence(string text)
    {
        var t = (text ?? string.Empty).Trim();
        if (t.Length == 0) return t;
        var last = t[t.Length - 1];
        if (".。!！?？:：)）".IndexOf(last) >= 0) return t;
        return t + (last > 0x2E80 ? "。" : ".");
    }
}
