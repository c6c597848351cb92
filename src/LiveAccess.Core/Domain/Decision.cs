using System.Collections.Generic;

namespace LiveAccess.Core.Domain;

/// <summary>The answer for one mini program in one scenario: the public contract of every front.</summary>
public sealed class Decision
{
    /// <summary>Creates a decision from the program and its shared verdict.</summary>
    public Decision(MiniProgram program, Verdict verdict, string ruleSetVersion)
    {
        Program = program;
        Verdict = verdict;
        RuleSetVersion = ruleSetVersion;
    }

    /// <summary>The program decided on.</summary>
    public MiniProgram Program { get; }
    /// <summary>The shared verdict.</summary>
    public Verdict Verdict { get; }

    /// <summary>AppID (lower case).</summary>
    public string AppId => Program.AppId;
    /// <summary>Name, when given.</summary>
    public string? Name => Program.Name;
    /// <summary>Entity type.</summary>
    public EntityType EntityType => Program.EntityType;
    /// <summary>Scenario id.</summary>
    public string Scenario => Verdict.Scenario;
    /// <summary>Outcome.</summary>
    public Outcome Outcome => Verdict.Outcome;
    /// <summary>True only when the outcome is eligible.</summary>
    public bool Eligible => Verdict.Outcome == Outcome.Eligible;
    /// <summary>Plans.</summary>
    public IReadOnlyList<PlanMatch> Plans => Verdict.Plans;
    /// <summary>Reasons.</summary>
    public IReadOnlyList<Message> Reasons => Verdict.Reasons;
    /// <summary>Remediations.</summary>
    public IReadOnlyList<Message> Remediations => Verdict.Remediations;
    /// <summary>Warnings of the rules and of the program's own input (unknown categories...).</summary>
    public IReadOnlyList<Message> Warnings =>
        Program.Warnings.Count == 0 ? Verdict.Warnings : Both(Program.Warnings, Verdict.Warnings);

    private static List<Message> Both(IReadOnlyList<Message> first, IReadOnlyList<Message> second)
    {
        var all = new List<Message>(first.Count + second.Count);
        foreach (var m in first) all.Add(m);
        foreach (var m in second) all.Add(m);
        return all;
    }
    /// <summary>Provenance.</summary>
    public IReadOnlyList<Provenance> Provenance => Verdict.Provenance;
    /// <summary>Version of the rule set that decided.</summary>
    public string RuleSetVersion { get; }
    /// <summary>Where the program came from.</summary>
    public SourceLocation? Source => Program.Source;
}
