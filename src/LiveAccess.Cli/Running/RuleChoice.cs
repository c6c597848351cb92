using LiveAccess.Cli.Arguments;
using LiveAccess.Cli.Commands;
using LiveAccess.Core.Rules;

namespace LiveAccess.Cli.Running;

/// <summary>The rule set a command runs on: the embedded default, or the user's <c>--rules</c> file.</summary>
internal static class RuleChoice
{
    /// <summary>
    /// Loads the rule set. A refused file prints every problem as <c>file:line:col: message</c> on
    /// standard error and stops the command (exit 2); nothing is decided with half a rule set.
    /// </summary>
    public static RuleSet Load(CliSession session, ParsedArguments arguments)
    {
        var path = arguments.Value(CommonOptions.Rules);
        if (path is null) return RuleSetLoader.Default;
        session.Activity = () => session.Format("cli.activity.rules", path);
        try
        {
            return RuleSetLoader.LoadFile(path, session.Language);
        }
        catch (RuleFileException ex)
        {
            foreach (var error in ex.Errors) session.Error.WriteLine(error.ToString());
            throw new UsageException(session.Format("cli.rules.refused", path, ex.Errors.Count));
        }
    }
}
