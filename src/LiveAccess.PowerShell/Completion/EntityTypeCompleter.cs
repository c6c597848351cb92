using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using LiveAccess.Core.Domain;

namespace LiveAccess.PowerShell.Completion;

/// <summary>Completes entity type ids (individual, enterprise, government, media, organization), also from the Chinese words.</summary>
public sealed class EntityTypeCompleter : IArgumentCompleter
{
    /// <inheritdoc />
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
        CommandAst commandAst, IDictionary fakeBoundParameters) =>
        CompletionValues.Complete(wordToComplete, Enum.GetValues(typeof(EntityType)).Cast<EntityType>().Select(t =>
            new CompletionValues.Candidate(t.Id(), t.Id() + " " + EntityTypes.ChineseName(t), EntityTypes.ChineseName(t), new[] { EntityTypes.ChineseName(t) })));
}
