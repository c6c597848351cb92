using System.Collections;
using System.Collections.Generic;
using System.Linq;
using LiveAccess.Core.Text;

namespace LiveAccess.PowerShell.Completion;

/// <summary>Completes scenario ids (ecommerce, education...), also from their Chinese names and aliases.</summary>
public sealed class ScenarioCompleter : ValueCompleter
{
    private protected override IEnumerable<CompletionValues.Candidate> Candidates(IDictionary? fakeBoundParameters) =>
        CompletionValues.Rules(fakeBoundParameters).Scenarios.Select(s =>
            new CompletionValues.Candidate(s.Id, s.Id + " " + s.Name.In(Language.Chinese), s.Name.In(Language.English) + " / " + s.Name.In(Language.Chinese),
                s.Aliases.Concat(new[] { s.Name.En, s.Name.Zh }).ToList()));
}
