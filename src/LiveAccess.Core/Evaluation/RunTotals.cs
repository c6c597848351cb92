namespace LiveAccess.Core.Evaluation;

/// <summary>The accounting of one run: every row read is either answered or refused.</summary>
public sealed class RunTotals
{
    /// <summary>Data rows read (header excluded).</summary>
    public long Read { get; internal set; }
    /// <summary>Rows answered with decisions.</summary>
    public long Answered { get; internal set; }
    /// <summary>Rows refused with an error.</summary>
    public long Refused { get; internal set; }
    /// <summary>Decisions written (one per answered row and scenario).</summary>
    public long Decisions { get; internal set; }
    /// <summary>Decisions whose outcome is eligible.</summary>
    public long Eligible { get; internal set; }
    /// <summary>Decisions whose outcome is conditional.</summary>
    public long Conditional { get; internal set; }
    /// <summary>Decisions whose outcome is ineligible.</summary>
    public long Ineligible { get; internal set; }

    /// <summary>True when the accounting adds up.</summary>
    public bool Balanced => Read == Answered + Refused && Decisions == Eligible + Conditional + Ineligible;
}
