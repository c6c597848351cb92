using LiveAccess.Core.Domain;
using LiveAccess.Core.Text;

namespace LiveAccess.Core.Reports;

/// <summary>The sign people scan for in Markdown and summaries: ✅ eligible, ⚠️ conditional, ❌ ineligible.</summary>
public static class OutcomeMark
{
    /// <summary>The sign of an outcome.</summary>
    public static string Of(Outcome outcome) => outcome switch
    {
        Outcome.Eligible => "✅",
        Outcome.Conditional => "⚠️",
        _ => "❌",
    };

    /// <summary>The sign and the label, e.g. <c>❌ ineligible</c>.</summary>
    public static string Labelled(Outcome outcome, Language language) => Of(outcome) + " " + ReportText.Label(outcome, language);
}
