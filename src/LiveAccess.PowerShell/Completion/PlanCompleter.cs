using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using LiveAccess.Core.Text;

namespace LiveAccess.PowerShell.Completion;

/// <summary>Completes plan ids (tencent-live-plugin, zego-live-components...).</summary>
public sealed class PlanCompleter : IArgumentCompleter
{
    /// <inheritdoc />
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
        CommandAst commandAst, IDictionary fakeBoundParameters) =>
        CompletionValues.Complete(wordToComplete, CompletionValues.Rules(fakeBoundParameters).Plans.Select(p =>
            new CompletionValues.Candidate(p.Id, p.Id, p.Vendor + ": " + p.Name.In(Language.English), new[] { p.Vendor })));
}
