using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using LiveAccess.Core.Reports;

namespace LiveAccess.PowerShell.Completion;

/// <summary>Completes the gate's report formats (the core's list, so new formats appear without a module change).</summary>
public sealed class ReportFormatCompleter : ValueCompleter
{
    private protected override IEnumerable<CompletionValues.Candidate> Candidates(IDictionary? fakeBoundParameters) =>
        ReportFormats.All.Select(f =>
            new CompletionValues.Candidate(f.Name, f.Name, string.Join(" ", f.Extensions), Array.Empty<string>()));
}
