namespace LiveAccess.Core.Domain;

/// <summary>The answer for one mini program in one scenario.</summary>
public enum Outcome
{
    /// <summary>At least one plan has every requirement met.</summary>
    Eligible,
    /// <summary>No plan is fully met, but at least one plan's only gap is a named condition.</summary>
    Conditional,
    /// <summary>No plan is open.</summary>
    Ineligible,
}
