using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace LiveAccess.PowerShell.Completion;

/// <summary>Completes the encodings Chinese inventories come in.</summary>
public sealed class EncodingCompleter : ValueCompleter
{
    private static readonly string[] Names = { "utf-8", "utf-16", "utf-16BE", "gb18030", "gbk" };

    private protected override IEnumerable<CompletionValues.Candidate> Candidates(IDictionary? fakeBoundParameters) =>
        Names.Select(n => new CompletionValues.Candidate(n));
}
