using LiveAccess.Core.Domain;
using LiveAccess.Core.Reports;
using LiveAccess.Core.Text;

namespace LiveAccess.Core.Ci;

/// <summary>The title and message of an annotation, in the report language.</summary>
public static class AnnotationText
{
    /// <summary>The title of a decision's annotation, e.g. <c>LiveAccess: wx… ecommerce ineligible</c>.</summary>
    public static string Title(Decision decision, Language language) =>
        Messages.Format(language, "ci.title", decision?.AppId, decision?.Scenario, decision is null ? "" : ReportText.Label(decision.Outcome, language));

    /// <summary>The message: the program, the outcome in the scenario, the reasons and what to do.</summary>
    public static string Message(Decision decision, Language language)
    {
        if (decision is null) return string.Empty;
        return Messages.Format(language, "ci.message", ReportText.Program(decision), ReportText.Label(decision.Outcome, language),
            decision.Scenario, decision.Verdict.ScenarioName, ReportText.Problem(decision, language));
    }

    /// <summary>The title of a refused row's annotation.</summary>
    public static string RowTitle(RowError error, Language language) => Messages.Format(language, "ci.row-title", error?.Code);

    /// <summary>The message of a refused row's annotation.</summary>
    public static string RowMessage(RowError error)
    {
        if (error is null) return string.Empty;
        return string.IsNullOrEmpty(error.AppId) ? error.Message : error.AppId + ": " + error.Message;
    }

    /// <summary>The notice when more problems were found than annotated.</summary>
    public static string More(long errors, long warnings, Language language) => Messages.Format(language, "ci.more", errors, warnings);

    /// <summary>The message of Azure's <c>task.complete</c>.</summary>
    public static string Completed(AzureTaskResult result, long errors, long warnings, Language language) =>
        Messages.Format(language, "ci.complete." + result.ToString().ToLowerInvariant(), errors, warnings);
}
