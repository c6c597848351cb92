namespace LiveAccess;

/// <summary>The check of one rule file (Test-LiveRuleFile).</summary>
public sealed class RuleFileResult
{
    /// <summary>The rule file.</summary>
    public string Path { get; internal set; } = string.Empty;
    /// <summary>True when the file is accepted whole.</summary>
    public bool Valid { get; internal set; }
    /// <summary>Version of the resulting rule set, when valid.</summary>
    public string? Version { get; internal set; }
    /// <summary>Number of plans, when valid.</summary>
    public int Plans { get; internal set; }
    /// <summary>Number of scenarios, when valid.</summary>
    public int Scenarios { get; internal set; }
    /// <summary>Number of routes, when valid.</summary>
    public int Routes { get; internal set; }
    /// <summary>Every problem, with line and column; empty when valid.</summary>
    public RuleFileProblem[] Problems { get; internal set; } = System.Array.Empty<RuleFileProblem>();

    /// <inheritdoc />
    public override string ToString() => Path + (Valid ? ": valid" : ": " + Problems.Length + " problem(s)");
}

/// <summary>One problem in a rule file.</summary>
public sealed class RuleFileProblem
{
    /// <summary>The file.</summary>
    public string File { get; internal set; } = string.Empty;
    /// <summary>1-based line; 0 for the whole file.</summary>
    public int Line { get; internal set; }
    /// <summary>1-based column; 0 when unknown.</summary>
    public int Column { get; internal set; }
    /// <summary>What is wrong and how to fix it.</summary>
    public string Message { get; internal set; } = string.Empty;

    /// <inheritdoc />
    public override string ToString() => Line > 0 ? $"{File}:{Line}:{Column}: {Message}" : $"{File}: {Message}";
}
