using System;
using System.Collections.Generic;
using LiveAccess.Cli.Arguments;
using LiveAccess.Cli.Running;
using LiveAccess.Core.Matrix;

namespace LiveAccess.Cli.Commands;

/// <summary>
/// <c>liveaccess matrix</c>: the rule set as category × plan and scenario × plan tables, in csv,
/// markdown, json, yaml or a self-contained html page (the format of <c>--output</c>'s extension,
/// else markdown).
/// </summary>
internal sealed class MatrixCommand : ICliCommand
{
    private static readonly OptionSpec Format = new("--format", "FORMAT", "help.option.matrix-format", OptionGroup.Output)
    {
        Short = "-f",
        Choices = MatrixFormats.Names,
    };

    public string Name => "matrix";
    public string SummaryKey => "help.command.matrix";
    public IReadOnlyList<string> Usage { get; } = new[] { "matrix [--format csv|markdown|json|yaml|html] [--output FILE] [--rules FILE] [options]" };
    public IReadOnlyList<OptionSpec> Options { get; } = new[]
    {
        CommonOptions.Rules, Format, CommonOptions.Output, CommonOptions.Force, CommonOptions.Lang, CommonOptions.Debug, CommonOptions.Help,
    };
    public IReadOnlyList<ArgumentSpec> Arguments => Array.Empty<ArgumentSpec>();
    public IReadOnlyList<string> HelpNotes { get; } = new[] { "help.note.matrix-examples", "help.note.exit-codes-info" };

    public int Run(CliSession session, ParsedArguments arguments)
    {
        var rules = RuleChoice.Load(session, arguments);
        var path = arguments.Value(CommonOptions.Output);
        var format = arguments.Value(Format)?.ToLowerInvariant() ?? MatrixFormats.FromExtension(path) ?? "markdown";
        var matrix = CategoryMatrix.Build(rules);
        using var target = ReportTarget.Open(path, arguments.Has(CommonOptions.Force), MatrixFormats.ByteOrderMarkInFiles(format), session);
        session.Activity = () => session.Format("cli.activity.writing", target.Path ?? "-");
        MatrixFormats.Create(format, session.Language).Write(matrix, target.Writer);
        target.Commit();
        if (target.Path is not null) session.Error.WriteLine(session.Format("cli.output.written", format, target.Path));
        return ExitCodes.Success;
    }
}
