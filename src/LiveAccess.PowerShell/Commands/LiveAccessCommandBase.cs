using System.Management.Automation;
using LiveAccess.PowerShell.Engine;

namespace LiveAccess.PowerShell.Commands;

/// <summary>
/// What every LiveAccess cmdlet shares: the rule set (<c>-RulePath</c>, default rules otherwise) and
/// the language of messages (<c>-Language</c>, the UI culture otherwise).
/// </summary>
/// <remarks>
/// No field or property here has a LiveAccess.Core type: PowerShell reflects over cmdlet types when
/// it imports the module, before the module's dependency loader is in place.
/// </remarks>
public abstract class LiveAccessCommandBase : PSCmdlet
{
    private RuleContext? _rules;

    /// <summary>A rule file (YAML) to decide with instead of the default rules; refused whole, with line and column, when bad.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? RulePath { get; set; }

    /// <summary>Language of reasons, remediations, warnings and errors: en or zh-CN (default: the UI culture).</summary>
    [Parameter]
    [ValidateSet("en", "zh-CN")]
    public string? Language { get; set; }

    /// <summary>The rules and language of this invocation, loaded once; a refused rule file stops the command.</summary>
    private protected RuleContext Rules => _rules ??= LoadRules();

    private RuleContext LoadRules()
    {
        string? path = null;
        try
        {
            path = RulePath is null ? null : GetUnresolvedProviderPathFromPSPath(RulePath);
            return RuleContext.Load(path, Language);
        }
        catch (Core.Rules.RuleFileException ex)
        {
            ThrowTerminatingError(ErrorRecords.RuleFileRefused(ex, path ?? RulePath ?? "rules", RuleContext.ResolveLanguage(Language)));
            throw; // not reached: ThrowTerminatingError always throws
        }
    }
}
