using System.Collections;
using System.Collections.Generic;
using System.Linq;
using LiveAccess.Core.Text;

namespace LiveAccess.PowerShell.Completion;

/// <summary>Completes plan ids (tencent-live-plugin, zego-live-components...).</summary>
public sealed class PlanCompleter : ValueCompleter
{
    private protected override IEnumerable<CompletionValues.Candidate> Candidates(IDictionary? fakeBoundParameters) =>
        CompletionValues.Rules(fakeBoundParameters).Plans.Select(p =>
            new CompletionValues.Candidate(p.Id, p.Id, p.Vendor + ": " + p.Name.In(Language.English), new[] { p.Vendor }));
}
