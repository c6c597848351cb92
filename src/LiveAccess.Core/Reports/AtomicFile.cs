using System;
using System.IO;

namespace LiveAccess.Core.Reports;

/// <summary>
/// A file written all or nothing: the content goes to a temporary file in the same directory,
/// which replaces the target only on <see cref="Commit"/>. Readers never see half a report, and a
/// failed run leaves the old file (or none) in place. Disposing without committing deletes the
/// temporary file.
/// </summary>
public sealed class AtomicFile : IDisposable
{
    private readonly bool _overwrite;
    private FileStream? _stream;
    private bool _committed;

    private AtomicFile(string path, string tempPath, FileStream stream, bool overwrite)
    {
        Path = path;
        TempPath = tempPath;
        _stream = stream;
        _overwrite = overwrite;
    }

    /// <summary>The target path (full).</summary>
    public string Path { get; }
    /// <summary>The temporary file being written.</summary>
    public string TempPath { get; }
    /// <summary>The stream to write the content to.</summary>
    public Stream Stream => _stream ?? throw new ObjectDisposedException(nameof(AtomicFile));

    /// <summary>
    /// Starts writing <paramref name="path"/>. Throws <see cref="IOException"/> when the file exists
    /// and <paramref name="overwrite"/> is false, when its directory does not exist, or when it is
    /// no regular file (<see cref="OutputNotAFileException"/>).
    /// </summary>
    public static AtomicFile Create(string path, bool overwrite)
    {
        if (string.IsNullOrWhiteSpace(path)) throw new ArgumentException("A file path is required.", nameof(path));
        var full = System.IO.Path.GetFullPath(path);
        if (Directory.Exists(full)) throw new IOException($"'{path}' is a directory.");
        if (OutputNotAFileException.IsSpecial(full)) throw new OutputNotAFileException(path);
        if (!overwrite && File.Exists(full)) throw new OutputExistsException(path);
        var directory = System.IO.Path.GetDirectoryName(full)!;
        if (!Directory.Exists(directory)) throw new DirectoryNotFoundException($"The directory of '{path}' does not exist: {directory}");
        var temp = System.IO.Path.Combine(directory, "." + System.IO.Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N").Substring(0, 12) + ".tmp");
        var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.Delete, 64 * 1024);
        return new AtomicFile(full, temp, stream, overwrite);
    }

    /// <summary>Flushes the content to disk and moves it onto the target path.</summary>
    public void Commit()
    {
        var stream = _stream ?? throw new ObjectDisposedException(nameof(AtomicFile));
        stream.Flush(true);
        stream.Dispose();
        _stream = null;
        if (_overwrite && File.Exists(Path))
        {
            File.Replace(TempPath, Path, null);
        }
        else
        {
            // Move refuses to overwrite: a file created since Create was called is not clobbered.
            if (File.Exists(Path)) throw new OutputExistsException(Path);
            File.Move(TempPath, Path);
        }
        _committed = true;
    }

    /// <summary>Deletes the temporary file unless the content was committed.</summary>
    public void Dispose()
    {
        _stream?.Dispose();
        _stream = null;
        if (_committed) return;
        try { File.Delete(TempPath); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}

/// <summary>The output file exists and overwriting it was not allowed.</summary>
public sealed class OutputExistsException : IOException
{
    /// <summary>Creates the exception for a path.</summary>
    public OutputExistsException(string path) : base($"The file '{path}' exists; use --force (-Force) to overwrite it.") => FilePath = path;
    /// <summary>Creates the exception.</summary>
    public OutputExistsException() : this(string.Empty) { }
    /// <summary>Creates the exception with a message and cause.</summary>
    public OutputExistsException(string message, Exception inner) : base(message, inner) => FilePath = string.Empty;
    /// <summary>The path that exists.</summary>
    public string FilePath { get; }
}
