using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using LiveAccess.Cli.Arguments;
using LiveAccess.Cli.Commands;
using LiveAccess.Core.Evaluation;
using LiveAccess.Core.Reports;

namespace LiveAccess.Cli.Running;

/// <summary>
/// What a run writes besides its main report: the <c>--report FORMAT=FILE</c> files and, for the
/// gate, the CI annotations. The files are opened (and checked) before any work, completed with the
/// main report, and moved into place before the annotations finish (Azure's <c>task.complete</c>),
/// so every report file exists before the gate fails.
/// </summary>
internal sealed class ReportSet : IDisposable
{
    // Null without --report: the files' handling lives in methods of their own, so that a single
    // answer loads none of its types.
    private readonly List<(ReportTarget Target, IDecisionWriter Writer, string Format)>? _files;
    private readonly IDecisionWriter? _annotations;
    private readonly CliSession _session;

    private ReportSet(CliSession session, List<(ReportTarget, IDecisionWriter, string)>? files, IDecisionWriter? annotations)
    {
        _session = session;
        _files = files;
        _annotations = annotations;
    }

    /// <summary>Opens the extra report files and chooses the annotations (only when there is a gate).</summary>
    public static ReportSet Open(CliSession session, ParsedArguments arguments, ReportContext context, bool gate, string? mainOutput)
    {
        var files = arguments.Has(ReportOptions.Report) ? OpenFiles(session, arguments, context, mainOutput) : null;
        try
        {
            var annotations = gate ? AnnotationChoice.Create(session, arguments, context, mainOutput is null || mainOutput == "-") : null;
            return new ReportSet(session, files, annotations);
        }
        catch
        {
            if (files is not null) Close(files);
            throw;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static List<(ReportTarget, IDecisionWriter, string)> OpenFiles(CliSession session, ParsedArguments arguments, ReportContext context, string? mainOutput)
    {
        var files = new List<(ReportTarget, IDecisionWriter, string)>();
        var paths = new HashSet<string>(StringComparer.Ordinal);
        if (mainOutput is not null && mainOutput != "-") paths.Add(Path.GetFullPath(mainOutput));
        try
        {
            foreach (var spec in arguments.Values(ReportOptions.Report))
            {
                var (format, path) = Parse(spec, session);
                if (!paths.Add(Path.GetFullPath(path))) throw new UsageException(session.Format("cli.report.same-file", path));
                var target = ReportTarget.Open(path, arguments.Has(CommonOptions.Force), format.ByteOrderMarkInFiles, session);
                try
                {
                    files.Add((target, format.Create(context with { Output = target.Writer }), format.Name));
                }
                catch
                {
                    target.Dispose();
                    throw;
                }
            }
            return files;
        }
        catch
        {
            Close(files);
            throw;
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Close(List<(ReportTarget Target, IDecisionWriter Writer, string Format)> files)
    {
        foreach (var (target, writer, _) in files)
        {
            writer.Dispose();
            target.Dispose();
        }
    }

    public IDecisionWriter Around(IDecisionWriter main)
    {
        // A loop rather than LINQ over the tuples: nothing to compile when a single answer starts.
        var writers = new List<IDecisionWriter> { main };
        if (_files is not null) AddFiles(writers, _files);
        if (_annotations is not null) writers.Add(new Deferred(_annotations));
        return new CompositeDecisionWriter(writers);
    }

    /// <summary>Moves the completed report files into place, then finishes the annotations (summary, task result).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AddFiles(List<IDecisionWriter> writers, List<(ReportTarget Target, IDecisionWriter Writer, string Format)> files)
    {
        foreach (var file in files) writers.Add(file.Writer);
    }

    public void Commit(RunTotals totals)
    {
        if (_files is not null) CommitFiles(_files);
        _annotations?.Complete(totals);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void CommitFiles(List<(ReportTarget Target, IDecisionWriter Writer, string Format)> files)
    {
        foreach (var (target, _, format) in files)
        {
            target.Commit();
            _session.Error.WriteLine(_session.Format("cli.output.written", format, target.Path));
        }
    }

    public void Dispose()
    {
        if (_files is not null) Close(_files);
        _annotations?.Dispose();
    }

    /// <summary>"junit=results.xml" → the format and the path; a usage error naming the formats otherwise.</summary>
    private static (ReportFormat Format, string Path) Parse(string spec, CliSession session)
    {
        var eq = spec.IndexOf('=', StringComparison.Ordinal);
        var name = eq > 0 ? spec.Substring(0, eq).Trim() : string.Empty;
        var path = eq > 0 ? spec.Substring(eq + 1).Trim() : string.Empty;
        if (name.Length == 0 || path.Length == 0 || path == "-")
            throw new UsageException(session.Format("cli.report.bad-spec", spec, string.Join(", ", ReportFormats.Names)));
        var format = ReportFormats.Find(name)
            ?? throw new UsageException(session.Format("cli.report.unknown-format", name, string.Join(", ", ReportFormats.Names)));
        return (format, path);
    }

    /// <summary>Passes decisions on to the annotations but leaves their completion to <see cref="Commit"/>.</summary>
    private sealed class Deferred : IDecisionWriter
    {
        private readonly IDecisionWriter _inner;
        public Deferred(IDecisionWriter inner) => _inner = inner;
        public void WriteDecision(Core.Domain.Decision decision) => _inner.WriteDecision(decision);
        public void WriteError(Core.Domain.RowError error) => _inner.WriteError(error);
        public void Complete(RunTotals totals) { }
        public void Dispose() { }
    }
}
