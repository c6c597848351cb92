using System.Collections.Generic;
using System.Linq;
using LiveAccess.Core.Domain;
using LiveAccess.Core.Reports;

namespace LiveAccess.PowerShell.Engine;

/// <summary>Turns core decisions into the module's output objects (the public contract in PascalCase).</summary>
internal static class ResultMapper
{
    /// <summary>The decision as an <see cref="EligibilityResult"/>.</summary>
    public static EligibilityResult ToResult(Decision decision) => new()
    {
        AppId = decision.AppId,
        Name = decision.Name,
        EntityType = decision.EntityType.Id(),
        Scenario = decision.Scenario,
        ScenarioName = decision.Verdict.ScenarioName,
        Outcome = Outcomes.Id(decision.Outcome),
        Eligible = decision.Eligible,
        Plans = decision.Plans.Select(ToPlan).ToArray(),
        Reasons = Messages(decision.Reasons),
        Remediations = Messages(decision.Remediations),
        Warnings = Messages(decision.Warnings),
        Provenance = decision.Provenance.Select(p => new ResultSource
        {
            Source = p.Source, Title = p.Title, Section = p.Section, Date = p.Date, Url = p.Url,
        }).ToArray(),
        RuleSetVersion = decision.RuleSetVersion,
        Source = decision.Source?.ToString(),
    };

    /// <summary>One flat <see cref="LivePlan"/> per plan of the decision (none when ineligible).</summary>
    public static IEnumerable<LivePlan> ToPlans(Decision decision) =>
        decision.Plans.Select(p => new LivePlan
        {
            AppId = decision.AppId,
            Name = decision.Name,
            EntityType = decision.EntityType.Id(),
            Scenario = decision.Scenario,
            Outcome = Outcomes.Id(decision.Outcome),
            PlanId = p.Id,
            PlanName = p.Name,
            Vendor = p.Vendor,
            Integration = p.Integration,
            NeedsDevelopment = p.NeedsDevelopment,
            Conditional = p.Conditions.Count > 0,
            Conditions = Messages(p.Conditions),
            MatchedBy = p.MatchedBy.ToArray(),
            Docs = p.Docs,
            Setup = p.Setup,
            RuleSetVersion = decision.RuleSetVersion,
            Source = decision.Source?.ToString(),
        });

    private static MatchedPlan ToPlan(PlanMatch p) => new()
    {
        Id = p.Id,
        Name = p.Name,
        Vendor = p.Vendor,
        Integration = p.Integration,
        NeedsDevelopment = p.NeedsDevelopment,
        MatchedBy = p.MatchedBy.ToArray(),
        Conditions = Messages(p.Conditions),
        Docs = p.Docs,
        Setup = p.Setup,
    };

    private static ResultMessage[] Messages(IEnumerable<Message> messages) =>
        messages.Select(m => new ResultMessage(m.Code, m.Text)).ToArray();
}
