using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace LiveAccess.PowerShell.Completion;

/// <summary>Completes the encodings Chinese inventories come in.</summary>
public sealed class EncodingCompleter : IArgumentCompleter
{
    private static readonly string[] Names = { "utf-8", "utf-16", "utf-16BE", "gb18030", "gbk" };

    /// <inheritdoc />
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
        CommandAst commandAst, IDictionary fakeBoundParameters) =>
        CompletionValues.Complete(wordToComplete, Names.Select(n => new CompletionValues.Candidate(n, n, n, Array.Empty<string>())));
}
