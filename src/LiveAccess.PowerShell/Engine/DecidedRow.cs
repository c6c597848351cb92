using System;
using System.Collections.Generic;
using LiveAccess.Core.Domain;

namespace LiveAccess.PowerShell.Engine;

/// <summary>What one input became: its decisions (one per scenario) and input warnings, or its error.</summary>
internal sealed class DecidedRow
{
    public DecidedRow(IReadOnlyList<Decision> decisions, RowError? error)
    {
        Decisions = decisions;
        Error = error;
    }

    /// <summary>One decision per scenario; empty when the row was refused.</summary>
    public IReadOnlyList<Decision> Decisions { get; }
    /// <summary>Why the row was refused, when it was.</summary>
    public RowError? Error { get; }

    /// <summary>Warnings about the input itself (unknown categories with the nearest name, duplicates), once per row.</summary>
    public IReadOnlyList<Message> InputWarnings =>
        Decisions.Count == 0 ? Array.Empty<Message>() : Decisions[0].Program.Warnings;

    /// <summary>The AppId to name the row by.</summary>
    public string? AppId => Decisions.Count > 0 ? Decisions[0].AppId : Error?.AppId;
}
