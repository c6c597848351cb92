using System.Globalization;
using LiveAccess.Core.Evaluation;
using LiveAccess.Core.Text;

namespace LiveAccess.Core.Reports;

/// <summary>Headings and sentences the human-readable reports share, from the message catalogue.</summary>
internal sealed class ReportLabels
{
    private readonly Language _language;

    public ReportLabels(Language language) => _language = language;

    public Language Language => _language;

    /// <summary>The text of <c>report.&lt;key&gt;</c>.</summary>
    public string this[string key] => Messages.Get("report." + key).In(_language);

    /// <summary>The formatted text of <c>report.&lt;key&gt;</c>.</summary>
    public string Format(string key, params object?[] args) => Messages.Format(_language, "report." + key, args);

    /// <summary>What fails the gate, in words.</summary>
    public string FailOn(GatePolicy gate) => this["failon." + Outcomes.Id(gate.FailOn)];

    /// <summary>The totals sentence.</summary>
    public string Totals(RunTotals t) => Format("totals",
        N(t.Read), N(t.Answered), N(t.Refused), N(t.Decisions), N(t.Eligible), N(t.Conditional), N(t.Ineligible));

    private static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
