using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using LiveAccess.Cli.Arguments;
using LiveAccess.Core.Reports;

namespace LiveAccess.Cli.Running;

/// <summary>
/// Where a report goes: standard output, or an <c>--output</c> file written atomically (a temporary
/// file in the same directory, renamed over the target only when the report is complete). An
/// existing file is replaced only with <c>--force</c>.
/// </summary>
internal sealed class ReportTarget : IDisposable
{
    private readonly AtomicFile? _file;
    private readonly StreamWriter? _fileWriter;
    private readonly CliSession _session;
    // Null for standard output. The file's handling lives in methods of its own (OpenFile, Watch):
    // a single answer on standard output then loads none of its types (signals, encodings).
    private readonly PosixSignalRegistration[]? _signals;

    private ReportTarget(CliSession session, TextWriter writer, AtomicFile? file, StreamWriter? fileWriter)
    {
        _session = session;
        Writer = writer;
        _file = file;
        _fileWriter = fileWriter;
        if (_file is null) return;
        _signals = Watch();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private PosixSignalRegistration[] Watch()
    {
        Console.CancelKeyPress += OnCancel;
        // SIGTERM (a cancelled CI job, timeout, docker stop) and SIGHUP (the terminal closed) end the
        // process too; the handler runs first, then the signal does what it would have done.
        return new[]
        {
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => DeleteTemporaryFile()),
            PosixSignalRegistration.Create(PosixSignal.SIGHUP, _ => DeleteTemporaryFile()),
        };
    }

    /// <summary>The writer the report is written to.</summary>
    public TextWriter Writer { get; }
    /// <summary>The output file, or null for standard output.</summary>
    public string? Path => _file?.Path;

    /// <summary>Opens standard output, or the file (checked now, before any work is done).</summary>
    public static ReportTarget Open(string? path, bool force, bool byteOrderMark, CliSession session)
    {
        if (path is null || path == "-") return new ReportTarget(session, session.Out, null, null);
        return OpenFile(path, force, byteOrderMark, session);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ReportTarget OpenFile(string path, bool force, bool byteOrderMark, CliSession session)
    {
        AtomicFile file;
        try
        {
            file = AtomicFile.Create(path, force);
        }
        catch (OutputExistsException)
        {
            throw new UsageException(session.Format("cli.output.exists", path));
        }
        catch (OutputNotAFileException)
        {
            throw new UsageException(session.Format("cli.output.not-a-file", path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException(session.Format("cli.output.cannot-create", path, ex.Message));
        }
        var writer = new StreamWriter(file.Stream, new UTF8Encoding(byteOrderMark), 64 * 1024);
        return new ReportTarget(session, writer, file, writer);
    }

    /// <summary>Makes the report visible: flushes standard output, or moves the file into place.</summary>
    public void Commit()
    {
        if (_file is null)
        {
            Writer.Flush();
            return;
        }
        _fileWriter!.Flush();
        try
        {
            _file.Commit();
        }
        catch (OutputExistsException)
        {
            throw new UsageException(_session.Format("cli.output.exists", _file.Path));
        }
    }

    /// <summary>Deletes an uncommitted temporary file.</summary>
    public void Dispose()
    {
        if (_file is null) return;
        Close();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Close()
    {
        Console.CancelKeyPress -= OnCancel;
        foreach (var signal in _signals!) signal.Dispose();
        try { _fileWriter!.Dispose(); }
        catch (IOException) { }
        catch (ObjectDisposedException) { }
        _file!.Dispose();
    }

    // Ctrl+C ends the process; leave no temporary file behind.
    private void OnCancel(object? sender, ConsoleCancelEventArgs e) => DeleteTemporaryFile();

    private void DeleteTemporaryFile()
    {
        try { File.Delete(_file!.TempPath); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
