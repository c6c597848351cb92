using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace LiveAccess.PowerShell.Completion;

/// <summary>
/// Completes category names as WeChat writes them (社交/直播), also from the id (social/live) and
/// the English name, so typing "soc" offers 社交/直播 and 社交/直播表演.
/// </summary>
public sealed class CategoryCompleter : ValueCompleter
{
    private protected override IEnumerable<CompletionValues.Candidate> Candidates(IDictionary? fakeBoundParameters) =>
        CompletionValues.Rules(fakeBoundParameters).Categories.All.Select(c =>
            new CompletionValues.Candidate(c.ChineseName, c.ChineseName + " (" + c.Id + ")", c.EnglishName,
                new[] { c.Id, c.EnglishName, c.Secondary.Zh }.Concat(c.PrimaryAliases).Concat(c.SecondaryAliases).ToList()));
}
