using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using LiveAccess.Cli.Arguments;
using LiveAccess.Cli.Commands;
using LiveAccess.Core.Reports;

namespace LiveAccess.Cli.Output;

/// <summary>Help for <c>liveaccess</c> and each command, in the session's language, wrapped to the terminal.</summary>
internal static class HelpWriter
{
    private const int OptionColumn = 30;

    /// <summary>The version shown by <c>--version</c> (without the source revision suffix).</summary>
    public static string Version
    {
        get
        {
            var info = typeof(HelpWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
            var plus = info.IndexOf('+', StringComparison.Ordinal);
            return plus < 0 ? info : info.Substring(0, plus);
        }
    }

    public static void WriteRoot(TextWriter output, CliSession session)
    {
        output.WriteLine("liveaccess " + Version + " - " + session.Text("help.tagline"));
        output.WriteLine();
        output.WriteLine(session.Text("help.usage"));
        output.WriteLine("  liveaccess COMMAND [options]");
        output.WriteLine();
        output.WriteLine(session.Text("help.commands"));
        var width = CommandCatalog.All.Max(c => c.Name.Length) + 4;
        foreach (var command in CommandCatalog.All)
            WriteTwoColumns(output, "  " + command.Name, session.Text(command.SummaryKey), width, session.Width);
        output.WriteLine();
        output.WriteLine(session.Text("help.global"));
        WriteTwoColumns(output, "  --lang en|zh-CN", session.Text("help.option.lang"), OptionColumn, session.Width);
        WriteTwoColumns(output, "  -h, --help", session.Text("help.option.help"), OptionColumn, session.Width);
        WriteTwoColumns(output, "  --version", session.Text("help.option.version"), OptionColumn, session.Width);
        output.WriteLine();
        WriteParagraph(output, session.Text("help.note.more"), session.Width);
        output.WriteLine();
        WriteParagraph(output, session.Text("help.note.exit-codes-plan"), session.Width);
    }

    public static void WriteCommand(TextWriter output, ICliCommand command, CliSession session)
    {
        output.WriteLine("liveaccess " + command.Name + " - " + session.Text(command.SummaryKey));
        output.WriteLine();
        output.WriteLine(session.Text("help.usage"));
        foreach (var usage in command.Usage) output.WriteLine("  liveaccess " + usage);
        if (command.Arguments.Count > 0)
        {
            output.WriteLine();
            output.WriteLine(session.Text("help.arguments"));
            foreach (var argument in command.Arguments)
                WriteTwoColumns(output, "  " + argument.Name, session.Text(argument.HelpKey), OptionColumn, session.Width);
        }
        foreach (var group in command.Options.GroupBy(o => o.Group).OrderBy(g => g.Key))
        {
            output.WriteLine();
            output.WriteLine(session.Text("help.group." + group.Key.ToString().ToLowerInvariant()));
            foreach (var option in group)
                WriteTwoColumns(output, "  " + Syntax(option), Describe(option, session), OptionColumn, session.Width);
        }
        foreach (var note in command.HelpNotes)
        {
            output.WriteLine();
            WriteParagraph(output, session.Text(note), session.Width);
        }
    }

    private static string Syntax(OptionSpec option)
    {
        var names = option.Short is null ? "    " + option.Name : option.Short + ", " + option.Name;
        return option.TakesValue ? names + " " + option.ValueName : names;
    }

    private static string Describe(OptionSpec option, CliSession session)
    {
        var text = session.Text(option.HelpKey);
        if (option.Choices is { } choices) text += " [" + string.Join(", ", choices) + "]";
        if (option.Repeatable) text += " " + session.Text("help.repeatable");
        return text;
    }

    private static void WriteTwoColumns(TextWriter output, string left, string right, int column, int width)
    {
        var lines = TextWidth.Wrap(right, Math.Max(30, width - column));
        var pad = new string(' ', column);
        if (TextWidth.Of(left) + 2 > column)
        {
            output.WriteLine(left);
            left = string.Empty;
        }
        for (var i = 0; i < lines.Count; i++)
            output.WriteLine((i == 0 ? TextWidth.PadRight(left, column) : pad) + lines[i]);
    }

    // A paragraph may hold its own line breaks (examples); each line is wrapped on its own.
    private static void WriteParagraph(TextWriter output, string text, int width)
    {
        foreach (var raw in text.Replace("\r\n", "\n").TrimEnd('\n').Split('\n'))
        {
            // Indented lines are examples: their continuation lines hang further in.
            var indent = raw.Length - raw.TrimStart(' ').Length;
            var hanging = indent > 0 ? indent + 4 : 0;
            var lines = TextWidth.Wrap(raw.Trim(), Math.Max(30, width - hanging));
            for (var i = 0; i < lines.Count; i++)
                output.WriteLine(new string(' ', i == 0 ? indent : hanging) + lines[i]);
        }
    }
}
