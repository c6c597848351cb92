using System.Collections.Generic;
using LiveAccess.Cli.Arguments;

namespace LiveAccess.Cli.Commands;

/// <summary>
/// One command of <c>liveaccess</c>. To add a command, write a class in this folder and list it in
/// <see cref="CommandCatalog"/>: parsing, help and error handling come with it.
/// </summary>
internal interface ICliCommand
{
    /// <summary>The command words, e.g. <c>plan</c> or <c>rules validate</c>.</summary>
    string Name { get; }
    /// <summary>Message key of the one-line summary.</summary>
    string SummaryKey { get; }
    /// <summary>Usage lines after <c>liveaccess</c> (syntax, not translated).</summary>
    IReadOnlyList<string> Usage { get; }
    /// <summary>Options, in help order (help itself included).</summary>
    IReadOnlyList<OptionSpec> Options { get; }
    /// <summary>Positional arguments (all required).</summary>
    IReadOnlyList<ArgumentSpec> Arguments { get; }
    /// <summary>Message keys of notes printed at the end of help (exit codes, examples).</summary>
    IReadOnlyList<string> HelpNotes { get; }
    /// <summary>Runs the command and returns the exit code.</summary>
    int Run(CliSession session, ParsedArguments arguments);
}
