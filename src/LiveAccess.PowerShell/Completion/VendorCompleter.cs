using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace LiveAccess.PowerShell.Completion;

/// <summary>Completes vendor names (Tencent Cloud, ZEGO).</summary>
public sealed class VendorCompleter : IArgumentCompleter
{
    /// <inheritdoc />
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
        CommandAst commandAst, IDictionary fakeBoundParameters) =>
        CompletionValues.Complete(wordToComplete, CompletionValues.Rules(fakeBoundParameters).Plans
            .Select(p => p.Vendor).Distinct(StringComparer.Ordinal)
            .Select(v => new CompletionValues.Candidate(v, v, v, Array.Empty<string>())));
}
