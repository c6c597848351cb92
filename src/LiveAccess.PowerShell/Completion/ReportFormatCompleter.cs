using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using LiveAccess.Core.Reports;

namespace LiveAccess.PowerShell.Completion;

/// <summary>Completes the gate's report formats (the core's list, so new formats appear without a module change).</summary>
public sealed class ReportFormatCompleter : IArgumentCompleter
{
    /// <inheritdoc />
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
        CommandAst commandAst, IDictionary fakeBoundParameters) =>
        CompletionValues.Complete(wordToComplete, ReportFormats.All.Select(f =>
            new CompletionValues.Candidate(f.Name, f.Name, string.Join(" ", f.Extensions), Array.Empty<string>())));
}
