using System;
using System.Collections.Generic;
using System.Linq;
using LiveAccess.Cli.Commands;
using LiveAccess.Core.Categories;

namespace LiveAccess.Cli.Arguments;

/// <summary>
/// A small parser for <c>--name value</c>, <c>--name=value</c>, <c>-x value</c>, switches,
/// repeatable options, positionals and <c>--</c>. Every mistake is a <see cref="UsageException"/>
/// naming the option, the fix and, for a misspelling, the nearest valid name.
/// (System.CommandLine would add about 20-40 ms to every start, a third of the whole budget of a
/// single answer; this is all the CLI needs.)
/// </summary>
internal static class ArgumentParser
{
    /// <summary>Parses the tokens after the command words.</summary>
    public static ParsedArguments Parse(ICliCommand command, IReadOnlyList<string> tokens, CliSession session)
    {
        var result = new ParsedArguments();
        var onlyPositionals = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (onlyPositionals || !IsOptionLike(token))
            {
                AddPositional(command, result, token, session);
                continue;
            }
            if (token == "--")
            {
                onlyPositionals = true;
                continue;
            }
            string name = token;
            string? inline = null;
            var eq = token.IndexOf('=', StringComparison.Ordinal);
            if (token.StartsWith("--", StringComparison.Ordinal) && eq > 2)
            {
                name = token.Substring(0, eq);
                inline = token.Substring(eq + 1);
            }
            var option = Find(command, name) ?? throw Unknown(command, name, session);
            if (!option.TakesValue)
            {
                if (inline is not null) throw new UsageException(session.Format("cli.usage.switch-value", option.Name, command.Name));
                if (result.Has(option) && !option.Repeatable) throw Twice(command, option, session);
                result.Add(option, null);
                continue;
            }
            string value;
            if (inline is not null) value = inline;
            else if (i + 1 < tokens.Count && !(IsOptionLike(tokens[i + 1]) && Find(command, NameOf(tokens[i + 1])) is not null) && tokens[i + 1] != "--") value = tokens[++i];
            else throw new UsageException(session.Format("cli.usage.missing-value", option.Name, option.ValueName, command.Name));
            if (value.Length == 0) throw new UsageException(session.Format("cli.usage.missing-value", option.Name, option.ValueName, command.Name));
            if (option.Choices is { } choices)
            {
                var match = Choice(choices, value)
                    ?? throw new UsageException(session.Format("cli.usage.bad-choice", option.Name, value, string.Join(", ", choices), Hint(value, choices, session)));
                value = match;
            }
            if (result.Has(option) && !option.Repeatable) throw Twice(command, option, session);
            result.Add(option, value);
        }
        if (result.Positionals.Count < command.Arguments.Count)
        {
            var missing = command.Arguments[result.Positionals.Count];
            throw new UsageException(session.Format("cli.usage.missing-argument", missing.Name, command.Name));
        }
        return result;
    }

    /// <summary>True for a token that names an option (<c>-</c> alone means stdin and is a value).</summary>
    public static bool IsOptionLike(string token) => token.Length > 1 && token[0] == '-';

    /// <summary>True when the token asks for help.</summary>
    public static bool IsHelp(string token) => token is "--help" or "-h" or "-?";

    private static string NameOf(string token)
    {
        var eq = token.IndexOf('=', StringComparison.Ordinal);
        return token.StartsWith("--", StringComparison.Ordinal) && eq > 2 ? token.Substring(0, eq) : token;
    }

    // Loops rather than LINQ: this runs when a single answer starts.
    private static OptionSpec? Find(ICliCommand command, string name)
    {
        foreach (var o in command.Options)
            if (string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase) || o.Short == name) return o;
        return null;
    }

    private static string? Choice(IReadOnlyList<string> choices, string value)
    {
        foreach (var c in choices)
            if (string.Equals(c, value, StringComparison.OrdinalIgnoreCase)) return c;
        return null;
    }

    private static void AddPositional(ICliCommand command, ParsedArguments result, string token, CliSession session)
    {
        if (result.Positionals.Count >= command.Arguments.Count)
            throw new UsageException(session.Format("cli.usage.unexpected-argument", token, command.Name));
        result.Positionals.Add(token);
    }

    private static UsageException Unknown(ICliCommand command, string name, CliSession session)
    {
        var names = command.Options.Select(o => o.Name).ToList();
        return new UsageException(session.Format("cli.usage.unknown-option", name, command.Name, Hint(name, names, session)));
    }

    private static UsageException Twice(ICliCommand command, OptionSpec option, CliSession session) =>
        new(session.Format("cli.usage.twice", option.Name, command.Name));

    /// <summary>A " (did you mean 'x'?)" hint when a candidate is close enough, else empty.</summary>
    public static string Hint(string value, IEnumerable<string> candidates, CliSession session)
    {
        var list = candidates.ToList();
        var near = Nearest.Find(value, list);
        if (near is null) return string.Empty;
        var distance = Nearest.Distance(TextNormalizer.Key(value), TextNormalizer.Key(near));
        return distance <= Math.Max(2, near.Length / 3) ? session.Format("common.did-you-mean", near) : string.Empty;
    }
}
