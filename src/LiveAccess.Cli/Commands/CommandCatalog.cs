using System;
using System.Collections.Generic;
using System.Linq;

namespace LiveAccess.Cli.Commands;

/// <summary>Every command, in the order help lists them.</summary>
internal static class CommandCatalog
{
    public static IReadOnlyList<ICliCommand> All { get; } = new ICliCommand[]
    {
        new PlanCommand(),
        new CheckCommand(),
        new CategoriesCommand(),
        new ScenariosCommand(),
        new MatrixCommand(),
        new RulesValidateCommand(),
        new RulesDefaultCommand(),
    };

    /// <summary>
    /// The command named by the first tokens (the longest match: <c>rules validate</c>), and how
    /// many tokens its name took; null when none matches.
    /// </summary>
    public static (ICliCommand? Command, int Words) Match(IReadOnlyList<string> tokens, int start)
    {
        ICliCommand? best = null;
        var bestWords = 0;
        foreach (var command in All)
        {
            var words = command.Name.Split(' ');
            if (words.Length <= bestWords || start + words.Length > tokens.Count) continue;
            var matches = true;
            for (var i = 0; i < words.Length && matches; i++)
                matches = string.Equals(words[i], tokens[start + i], StringComparison.OrdinalIgnoreCase);
            if (matches) { best = command; bestWords = words.Length; }
        }
        return (best, bestWords);
    }

    /// <summary>The first words of every command (for suggestions): plan, check, ..., rules.</summary>
    public static IEnumerable<string> FirstWords => All.Select(c => c.Name.Split(' ')[0]).Distinct(StringComparer.Ordinal);

    /// <summary>Commands whose name starts with a word (e.g. <c>rules</c>).</summary>
    public static IEnumerable<ICliCommand> Under(string word) =>
        All.Where(c => c.Name.StartsWith(word + " ", StringComparison.OrdinalIgnoreCase));
}
