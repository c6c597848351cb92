namespace LiveAccess;

/// <summary>
/// A cell of the category × plan matrix (Export-CategoryMatrix): this category opens this plan,
/// in these scenarios. Flat, so <c>Where-Object PlanId -eq 'zego-live-plugin'</c> lists the
/// categories that open a plan and <c>Group-Object Category</c> rebuilds the rows.
/// </summary>
public sealed class CategoryMatrixCell
{
    /// <summary>Category id, e.g. social/live.</summary>
    public string CategoryId { get; internal set; } = string.Empty;
    /// <summary>The Chinese pair, e.g. 社交/直播.</summary>
    public string Category { get; internal set; } = string.Empty;
    /// <summary>The English pair.</summary>
    public string EnglishName { get; internal set; } = string.Empty;
    /// <summary>Plan id.</summary>
    public string PlanId { get; internal set; } = string.Empty;
    /// <summary>The plan's vendor.</summary>
    public string Vendor { get; internal set; } = string.Empty;
    /// <summary>open (in some scenario without conditions) or conditional.</summary>
    public string Mark { get; internal set; } = string.Empty;
    /// <summary>Scenarios in which the category opens the plan.</summary>
    public string[] Scenarios { get; internal set; } = System.Array.Empty<string>();
    /// <summary>Conditions of the conditional openings.</summary>
    public string[] Conditions { get; internal set; } = System.Array.Empty<string>();

    /// <inheritdoc />
    public override string ToString() => Category + " → " + PlanId;
}
