using System;
using System.IO;

namespace LiveAccess.Core.Reports;

/// <summary>
/// The output path is a device, a link or another special file (<c>/dev/null</c>, <c>/dev/stdout</c>,
/// a symbolic link): replacing it with a report by renaming, as <see cref="AtomicFile"/> does, would
/// destroy it (run as root, <c>--output /dev/null --force</c> replaced the device with a file).
/// </summary>
public sealed class OutputNotAFileException : IOException
{
    /// <summary>Creates the exception for a path.</summary>
    public OutputNotAFileException(string path)
        : base($"'{path}' is a device, a link or another special file, not a regular file: write the report to a regular file, or to standard output ('-').") => FilePath = path;
    /// <summary>Creates the exception.</summary>
    public OutputNotAFileException() : this(string.Empty) { }
    /// <summary>Creates the exception with a message and cause.</summary>
    public OutputNotAFileException(string message, Exception inner) : base(message, inner) => FilePath = string.Empty;
    /// <summary>The path.</summary>
    public string FilePath { get; }

    /// <summary>
    /// Whether a full path names something other than a regular file or nothing: a symbolic link,
    /// or a path in the Unix device and kernel trees, or a Windows device path (<c>\\.\NUL</c>).
    /// </summary>
    public static bool IsSpecial(string fullPath)
    {
        if (fullPath is null) throw new ArgumentNullException(nameof(fullPath));
        if (fullPath.StartsWith(@"\\.\", StringComparison.Ordinal)) return true;
        if (Path.DirectorySeparatorChar == '/'
            && (fullPath.StartsWith("/dev/", StringComparison.Ordinal) || fullPath.StartsWith("/proc/", StringComparison.Ordinal) || fullPath.StartsWith("/sys/", StringComparison.Ordinal)))
            return true;
        try
        {
            return (File.GetAttributes(fullPath) & FileAttributes.ReparsePoint) != 0;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false; // Nothing there yet (or unreadable): the ordinary checks report it.
        }
    }
}
