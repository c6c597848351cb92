using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Text;
using LiveAccess.Core.Domain;
using LiveAccess.Core.Rules;
using LiveAccess.Core.Text;

namespace LiveAccess.PowerShell.Commands;

/// <summary>
/// The module's error records: an ErrorId built from the core's stable code, an accurate category,
/// the offending object as target, and the message and fix in the chosen language.
/// </summary>
internal static class ErrorRecords
{
    private static readonly char[] CodeSeparators = { '-', '_', '.' };

    /// <summary>A row that could not be decided (non-terminating).</summary>
    public static ErrorRecord Row(RowError error, object? target, Language language)
    {
        var record = new ErrorRecord(new InvalidDataException(error.ToString()), ErrorId(error.Code), ErrorCategory.InvalidData,
            target ?? error.AppId ?? error.Source?.ToString())
        {
            ErrorDetails = new ErrorDetails(error.ToString())
            {
                RecommendedAction = Messages.Get("powershell.row.fix").In(language),
            },
        };
        return record;
    }

    /// <summary>A rule file refused whole (terminating): every problem with file, line and column.</summary>
    public static ErrorRecord RuleFileRefused(RuleFileException ex, string path, Language language)
    {
        var text = new StringBuilder(Messages.Format(language, "powershell.rules.refused", path, ex.Errors.Count));
        foreach (var e in ex.Errors) text.AppendLine().Append("  ").Append(e);
        return new ErrorRecord(ex, "RuleFileRefused", ErrorCategory.InvalidData, path)
        {
            ErrorDetails = new ErrorDetails(text.ToString())
            {
                RecommendedAction = Messages.Get("powershell.rules.fix").In(language),
            },
        };
    }

    /// <summary>An inventory file that cannot be read at all (non-terminating: the next file goes on).</summary>
    public static ErrorRecord InventoryUnreadable(Exception ex, string path, Language language) =>
        new(ex, "InventoryUnreadable", ErrorCategory.ReadError, path)
        {
            ErrorDetails = new ErrorDetails(Messages.Format(language, "powershell.inventory.unreadable", path, ex.Message)),
        };

    /// <summary>A -Path that matches no file, or is not on the file system.</summary>
    public static ErrorRecord PathNotFound(string path, Language language, bool notFileSystem = false)
    {
        var message = Messages.Format(language, notFileSystem ? "powershell.path.not-filesystem" : "powershell.path.not-found", path);
        return new ErrorRecord(new ItemNotFoundException(message), notFileSystem ? "PathNotFileSystem" : "PathNotFound",
            notFileSystem ? ErrorCategory.InvalidArgument : ErrorCategory.ObjectNotFound, path)
        {
            ErrorDetails = new ErrorDetails(message),
        };
    }

    /// <summary>An -Encoding that .NET does not know (terminating: nothing can be read).</summary>
    public static ErrorRecord UnknownEncoding(string name, Exception ex, Language language) =>
        new(ex, "UnknownEncoding", ErrorCategory.InvalidArgument, name)
        {
            ErrorDetails = new ErrorDetails(Messages.Format(language, "powershell.encoding.unknown", name)),
        };

    /// <summary>A report format that does not exist (terminating, before any input is read).</summary>
    public static ErrorRecord UnknownReportFormat(string name, System.Collections.Generic.IEnumerable<string> valid, Language language)
    {
        var message = Messages.Format(language, "powershell.report.unknown-format", name, string.Join(", ", valid));
        return new ErrorRecord(new ArgumentException(message), "UnknownReportFormat", ErrorCategory.InvalidArgument, name)
        {
            ErrorDetails = new ErrorDetails(message),
        };
    }

    /// <summary>A matrix file whose format is neither given nor implied by its extension (terminating).</summary>
    public static ErrorRecord UnknownMatrixFormat(string path, System.Collections.Generic.IEnumerable<string> valid, Language language)
    {
        var message = Messages.Format(language, "powershell.export.unknown-format", path, string.Join(", ", valid));
        return new ErrorRecord(new ArgumentException(message), "UnknownMatrixFormat", ErrorCategory.InvalidArgument, path)
        {
            ErrorDetails = new ErrorDetails(message),
        };
    }

    /// <summary>The file exists and -NoClobber forbids replacing it (terminating).</summary>
    public static ErrorRecord OutputExists(string path, Language language)
    {
        var message = Messages.Format(language, "powershell.export.exists", path);
        return new ErrorRecord(new IOException(message), "FileExists", ErrorCategory.ResourceExists, path) { ErrorDetails = new ErrorDetails(message) };
    }

    /// <summary>The file is read-only and -Force was not given (terminating).</summary>
    public static ErrorRecord OutputReadOnly(string path, Language language)
    {
        var message = Messages.Format(language, "powershell.export.readonly", path);
        return new ErrorRecord(new UnauthorizedAccessException(message), "FileReadOnly", ErrorCategory.PermissionDenied, path) { ErrorDetails = new ErrorDetails(message) };
    }

    /// <summary>A report or export file that cannot be created or replaced (terminating).</summary>
    public static ErrorRecord ReportUnwritable(Exception ex, string path, Language language) =>
        new(ex, "OutputFileUnwritable", ErrorCategory.WriteError, path)
        {
            ErrorDetails = new ErrorDetails(Messages.Format(language, "powershell.export.failed", path, ex.Message)),
        };

    /// <summary>The PowerShell ErrorId of a core code: <c>bad-app-id</c> becomes <c>BadAppId</c>.</summary>
    public static string ErrorId(string code) =>
        string.Concat((code ?? "error").Split(CodeSeparators, StringSplitOptions.RemoveEmptyEntries)
            .Select(part => char.ToUpper(part[0], CultureInfo.InvariantCulture) + part.Substring(1)));
}
