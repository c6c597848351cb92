using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace LiveAccess.PowerShell.Completion;

/// <summary>
/// Tab completion of one kind of value: each completer says which values there are, and this
/// matches them against what was typed (<see cref="CompletionValues.Complete"/>).
/// </summary>
public abstract class ValueCompleter : IArgumentCompleter
{
    private protected ValueCompleter()
    {
    }

    /// <inheritdoc />
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
        CommandAst commandAst, IDictionary fakeBoundParameters) =>
        CompletionValues.Complete(wordToComplete, Candidates(fakeBoundParameters));

    /// <summary>The values to offer, from the rules the command line names where they come from the rules.</summary>
    private protected abstract IEnumerable<CompletionValues.Candidate> Candidates(IDictionary? fakeBoundParameters);
}
