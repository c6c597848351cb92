using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using LiveAccess.Cli.Arguments;
using LiveAccess.Cli.Commands;
using LiveAccess.Cli.Output;
using LiveAccess.Core.Text;

namespace LiveAccess.Cli;

/// <summary>
/// The top of <c>liveaccess</c>: picks the language, finds the command, parses its options, runs it,
/// and turns every failure into one line on standard error and an exit code (never a stack trace,
/// unless <c>--debug</c>).
/// </summary>
internal static class CliApp
{
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error, int width)
    {
        var language = ChooseLanguage(args, out var badLanguage);
        var session = new CliSession(output, error, language, width)
        {
            Debug = Contains(args, "--debug"),
        };
        try
        {
            if (badLanguage is not null) throw new UsageException(session.Format("cli.usage.bad-lang", badLanguage));
            return Dispatch(args, session);
        }
        catch (UsageException ex)
        {
            session.Fail(ex.Message);
            return ExitCodes.InputError;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            session.Fail(session.Format("cli.io-error", Describe(session), ex.Message));
            if (session.Debug) error.WriteLine(ex.ToString());
            return ExitCodes.InputError;
        }
        catch (Exception ex)
        {
            session.Fail(session.Format("cli.unexpected", Describe(session), ex.GetType().Name, ex.Message));
            if (session.Debug) error.WriteLine(ex.ToString());
            return ExitCodes.InputError;
        }
    }

    private static int Dispatch(IReadOnlyList<string> args, CliSession session)
    {
        // Options before the command: --lang (already applied), --debug, --help, --version.
        var i = 0;
        while (i < args.Count && ArgumentParser.IsOptionLike(args[i]))
        {
            var token = args[i];
            if (ArgumentParser.IsHelp(token)) { HelpWriter.WriteRoot(session.Out, session); return ExitCodes.Success; }
            if (token == "--version") { session.Out.WriteLine("liveaccess " + HelpWriter.Version); return ExitCodes.Success; }
            if (token == "--lang") i += 2;
            else if (token.StartsWith("--lang=", StringComparison.Ordinal) || token == "--debug") i++;
            else throw new UsageException(session.Format("cli.usage.unknown-global", token));
        }
        if (i >= args.Count)
        {
            HelpWriter.WriteRoot(session.Error, session);
            return ExitCodes.InputError;
        }

        var (command, words) = CommandCatalog.Match(args, i);
        if (command is null) throw UnknownCommand(args[i], args, i, session);
        // Loops rather than LINQ on the way to a single answer (start-up time; see bench/README.md).
        var rest = new List<string>(args.Count - i - words);
        var help = false;
        for (var k = i + words; k < args.Count; k++)
        {
            rest.Add(args[k]);
            help |= ArgumentParser.IsHelp(args[k]);
        }
        if (help)
        {
            HelpWriter.WriteCommand(session.Out, command, session);
            return ExitCodes.Success;
        }
        var parsed = ArgumentParser.Parse(command, rest, session);
        return command.Run(session, parsed);
    }

    private static bool Contains(IReadOnlyList<string> args, string token)
    {
        for (var i = 0; i < args.Count; i++)
            if (args[i] == token) return true;
        return false;
    }

    private static UsageException UnknownCommand(string word, IReadOnlyList<string> args, int i, CliSession session)
    {
        var group = CommandCatalog.Under(word).ToList();
        if (group.Count > 0)
        {
            var given = i + 1 < args.Count ? args[i + 1] : null;
            var names = group.Select(c => c.Name.Substring(word.Length + 1)).ToList();
            return new UsageException(given is null || ArgumentParser.IsOptionLike(given)
                ? session.Format("cli.usage.missing-subcommand", word, string.Join(", ", names))
                : session.Format("cli.usage.unknown-subcommand", word, given, string.Join(", ", names), ArgumentParser.Hint(given, names, session)));
        }
        return new UsageException(session.Format("cli.usage.unknown-command", word,
            ArgumentParser.Hint(word, CommandCatalog.FirstWords, session), string.Join(", ", CommandCatalog.FirstWords)));
    }

    // --lang anywhere on the line (so that even usage errors speak it), else the UI culture.
    // An out parameter rather than a tuple: a tuple of a core type would be compiled at start-up.
    private static Language ChooseLanguage(IReadOnlyList<string> args, out string? badValue)
    {
        badValue = null;
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--") break;
            string? value = null;
            if (args[i] == "--lang" && i + 1 < args.Count) value = args[i + 1];
            else if (args[i].StartsWith("--lang=", StringComparison.Ordinal)) value = args[i].Substring("--lang=".Length);
            if (value is null) continue;
            if (Languages.TryParse(value, out var language)) return language;
            badValue = value;
            return UiLanguage.Current(Environment.GetEnvironmentVariable);
        }
        return UiLanguage.Current(Environment.GetEnvironmentVariable);
    }

    private static string Describe(CliSession session)
    {
        try
        {
            var activity = session.Activity();
            return activity.Length > 0 ? activity : session.Text("cli.activity.starting");
        }
        catch (Exception)
        {
            return session.Text("cli.activity.starting");
        }
    }
}
