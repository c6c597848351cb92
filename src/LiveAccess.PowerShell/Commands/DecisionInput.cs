using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Management.Automation;
using LiveAccess.Core.Inventory;
using LiveAccess.Core.Text;
using LiveAccess.PowerShell.Engine;

namespace LiveAccess.PowerShell.Commands;

/// <summary>
/// Feeds a deciding cmdlet: resolves -Path/-LiteralPath the PowerShell way, streams inventory files
/// through the core's readers with Write-Progress, and turns each decided row into an error, input
/// warnings and the cmdlet's own output.
/// </summary>
internal sealed class DecisionInput
{
    private const int ProgressId = 1;
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromMilliseconds(250);

    private readonly DecisionCommandBase _cmdlet;
    private readonly Stopwatch _sinceProgress = new();
    private string? _progressFile;

    public DecisionInput(DecisionCommandBase cmdlet, DecisionSession session)
    {
        _cmdlet = cmdlet;
        Session = session;
    }

    public DecisionSession Session { get; }

    private Language Language => Session.Context.Language;

    /// <summary>Writes the error of a refused row, or the input warnings and the cmdlet's output of a decided one.</summary>
    public void Emit(DecidedRow row, string? writtenAppId)
    {
        if (row.Error is { } error)
        {
            var target = !string.IsNullOrEmpty(error.AppId) ? error.AppId
                : !string.IsNullOrEmpty(writtenAppId) ? writtenAppId
                : error.Source?.ToString() ?? "input " + Session.Run.Totals.Read;
            _cmdlet.WriteError(ErrorRecords.Row(error, target, Language));
            _cmdlet.OnRefused(row);
            return;
        }
        var where = row.Decisions[0].Source is { } source ? source + " " : string.Empty;
        foreach (var warning in row.InputWarnings)
            _cmdlet.WriteWarning($"{where}[{row.AppId}] {warning.Text}");
        _cmdlet.OnDecided(row);
    }

    /// <summary>Reads every inventory the paths name; a path or file that fails is one error, the next goes on.</summary>
    public void ReadFiles(IEnumerable<string> paths, bool literal)
    {
        var options = Options();
        foreach (var path in paths)
            foreach (var file in Resolve(path, literal))
                ReadFile(file, options);
    }

    /// <summary>Closes the progress bar of the last file.</summary>
    public void CompleteProgress()
    {
        if (_progressFile is null) return;
        _cmdlet.WriteProgress(new ProgressRecord(ProgressId, Activity(_progressFile), Status()) { RecordType = ProgressRecordType.Completed });
        _progressFile = null;
    }

    private void ReadFile(string file, InventoryOptions options)
    {
        _progressFile = file;
        _sinceProgress.Restart();
        _cmdlet.WriteProgress(new ProgressRecord(ProgressId, Activity(file), Status()));
        using var rows = Session.DecideFile(file, options).GetEnumerator();
        while (true)
        {
            DecidedRow row;
            try
            {
                if (!rows.MoveNext()) break;
                row = rows.Current;
            }
            catch (Exception ex) when (ex is InventoryException or IOException or UnauthorizedAccessException)
            {
                _cmdlet.WriteError(ErrorRecords.InventoryUnreadable(ex, file, Language));
                _cmdlet.OnInputFailed();
                break;
            }
            Emit(row, null);
            if (_sinceProgress.Elapsed >= ProgressInterval)
            {
                _cmdlet.WriteProgress(new ProgressRecord(ProgressId, Activity(file), Status()));
                _sinceProgress.Restart();
            }
        }
        CompleteProgress();
    }

    private IEnumerable<string> Resolve(string path, bool literal)
    {
        ProviderInfo provider;
        IEnumerable<string> files;
        try
        {
            if (literal)
            {
                var full = _cmdlet.SessionState.Path.GetUnresolvedProviderPathFromPSPath(path, out provider, out _);
                files = File.Exists(full) ? new[] { full } : Array.Empty<string>();
            }
            else
            {
                files = _cmdlet.GetResolvedProviderPathFromPSPath(path, out provider);
            }
        }
        catch (ItemNotFoundException)
        {
            return NotFound(path, notFileSystem: false);
        }
        if (!string.Equals(provider.Name, "FileSystem", StringComparison.OrdinalIgnoreCase))
            return NotFound(path, notFileSystem: true);
        var list = new List<string>(files);
        return list.Count == 0 ? NotFound(path, notFileSystem: false) : list;
    }

    private string[] NotFound(string path, bool notFileSystem)
    {
        _cmdlet.WriteError(ErrorRecords.PathNotFound(path, Language, notFileSystem));
        _cmdlet.OnInputFailed();
        return Array.Empty<string>();
    }

    private InventoryOptions Options()
    {
        var format = _cmdlet.InventoryFormat switch
        {
            "Csv" => LiveAccess.Core.Inventory.InventoryFormat.Csv,
            "Json" => LiveAccess.Core.Inventory.InventoryFormat.Json,
            "Yaml" => LiveAccess.Core.Inventory.InventoryFormat.Yaml,
            _ => (InventoryFormat?)null,
        };
        System.Text.Encoding? encoding = null;
        if (_cmdlet.Encoding is { } name)
        {
            try { encoding = InventoryEncodings.Get(name); }
            catch (ArgumentException ex) { _cmdlet.ThrowTerminatingError(ErrorRecords.UnknownEncoding(name, ex, Language)); }
        }
        return new InventoryOptions { Format = format, Encoding = encoding, Language = Language };
    }

    private string Activity(string file) => Messages.Format(Language, "powershell.progress.activity", file);

    private string Status() => Messages.Format(Language, "powershell.progress.status", Session.Run.Totals.Read, Session.Run.Totals.Refused);
}
