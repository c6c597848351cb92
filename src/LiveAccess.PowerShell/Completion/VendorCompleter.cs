using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace LiveAccess.PowerShell.Completion;

/// <summary>Completes vendor names (Tencent Cloud, ZEGO).</summary>
public sealed class VendorCompleter : ValueCompleter
{
    private protected override IEnumerable<CompletionValues.Candidate> Candidates(IDictionary? fakeBoundParameters) =>
        CompletionValues.Rules(fakeBoundParameters).Plans
            .Select(p => p.Vendor).Distinct(StringComparer.Ordinal)
            .Select(v => new CompletionValues.Candidate(v));
}
