using System.IO;
using LiveAccess.Core.Rules;
using LiveAccess.Core.Text;

namespace LiveAccess.Core.Reports;

/// <summary>What every writer needs: where to write, in which language, about which input and rules, and the gate.</summary>
public sealed record ReportContext
{
    /// <summary>Destination.</summary>
    public required TextWriter Output { get; init; }
    /// <summary>Language of texts.</summary>
    public Language Language { get; init; } = Language.English;
    /// <summary>The inventory path (for locations in SARIF, annotations); null for flags or pipeline input.</summary>
    public string? InventoryPath { get; init; }
    /// <summary>The rule set that decided.</summary>
    public required RuleSet Rules { get; init; }
    /// <summary>What fails the gate (for formats that mark failures: junit, nunit, sarif).</summary>
    public GatePolicy Gate { get; init; } = GatePolicy.Default;
    /// <summary>Columns available to formats laid out for people (table); 100 unless the terminal says otherwise.</summary>
    public int Width { get; init; } = 100;
}
