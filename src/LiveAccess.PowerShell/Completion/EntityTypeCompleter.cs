using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using LiveAccess.Core.Domain;

namespace LiveAccess.PowerShell.Completion;

/// <summary>Completes entity type ids (individual, enterprise, government, media, organization), also from the Chinese words.</summary>
public sealed class EntityTypeCompleter : ValueCompleter
{
    private protected override IEnumerable<CompletionValues.Candidate> Candidates(IDictionary? fakeBoundParameters) =>
        Enum.GetValues(typeof(EntityType)).Cast<EntityType>().Select(t =>
            new CompletionValues.Candidate(t.Id(), t.Id() + " " + EntityTypes.ChineseName(t), EntityTypes.ChineseName(t), new[] { EntityTypes.ChineseName(t) }));
}
