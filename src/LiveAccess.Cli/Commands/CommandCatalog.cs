using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;

namespace LiveAccess.Cli.Commands;

/// <summary>Every command, in the order help lists them.</summary>
internal static class CommandCatalog
{
    // The names, in help order, and the command each one makes: a single answer builds only the
    // command it runs (each command's option table and what it refers to, e.g. the matrix formats,
    // cost start-up time). Create(i).Name must be Names[i], and Words[i] its words: At checks both.
    private static readonly string[] Names =
    {
        "plan", "check", "categories", "scenarios", "matrix", "rules validate", "rules default",
    };

    // The names' words, split once here by hand (string.Split compiles code at start-up).
    private static readonly string[][] Words =
    {
        new[] { "plan" }, new[] { "check" }, new[] { "categories" }, new[] { "scenarios" }, new[] { "matrix" },
        new[] { "rules", "validate" }, new[] { "rules", "default" },
    };

    private static readonly ICliCommand?[] Made = new ICliCommand?[Names.Length];

    // One method per command: code that made every command would load every command's type.
    private static ICliCommand Create(int i) => i switch
    {
        0 => Plan(),
        1 => Check(),
        2 => Categories(),
        3 => Scenarios(),
        4 => Matrix(),
        5 => RulesValidate(),
        _ => RulesDefault(),
    };

    [MethodImpl(MethodImplOptions.NoInlining)] private static PlanCommand Plan() => new();
    [MethodImpl(MethodImplOptions.NoInlining)] private static CheckCommand Check() => new();
    [MethodImpl(MethodImplOptions.NoInlining)] private static CategoriesCommand Categories() => new();
    [MethodImpl(MethodImplOptions.NoInlining)] private static ScenariosCommand Scenarios() => new();
    [MethodImpl(MethodImplOptions.NoInlining)] private static MatrixCommand Matrix() => new();
    [MethodImpl(MethodImplOptions.NoInlining)] private static RulesValidateCommand RulesValidate() => new();
    [MethodImpl(MethodImplOptions.NoInlining)] private static RulesDefaultCommand RulesDefault() => new();

    private static ICliCommand At(int i)
    {
        if (Made[i] is { } made) return made;
        var command = Create(i);
        if (command.Name != Names[i] || string.Join(" ", Words[i]) != Names[i]) throw new InvalidOperationException($"Command {i} is named '{command.Name}', not '{Names[i]}'.");
        return Made[i] = command;
    }

    /// <summary>Every command, in help order (all of them built).</summary>
    public static IReadOnlyList<ICliCommand> All
    {
        get
        {
            var all = new ICliCommand[Names.Length];
            for (var i = 0; i < all.Length; i++) all[i] = At(i);
            return all;
        }
    }

    /// <summary>
    /// The command named by the first tokens (the longest match: <c>rules validate</c>), and how
    /// many tokens its name took; null when none matches. Builds only that command.
    /// </summary>
    public static (ICliCommand? Command, int Words) Match(IReadOnlyList<string> tokens, int start)
    {
        var best = -1;
        var bestWords = 0;
        for (var n = 0; n < Names.Length; n++)
        {
            var words = Words[n];
            if (words.Length <= bestWords || start + words.Length > tokens.Count) continue;
            var matches = true;
            for (var i = 0; i < words.Length && matches; i++)
                matches = string.Equals(words[i], tokens[start + i], StringComparison.OrdinalIgnoreCase);
            if (matches) { best = n; bestWords = words.Length; }
        }
        return best < 0 ? (null, 0) : (At(best), bestWords);
    }

    /// <summary>The first words of every command (for suggestions): plan, check, ..., rules.</summary>
    public static IEnumerable<string> FirstWords => Names.Select(n => n.Split(' ')[0]).Distinct(StringComparer.Ordinal);

    /// <summary>Commands whose name starts with a word (e.g. <c>rules</c>).</summary>
    public static IEnumerable<ICliCommand> Under(string word) =>
        All.Where(c => c.Name.StartsWith(word + " ", StringComparison.OrdinalIgnoreCase));
}
