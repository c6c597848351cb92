using System;
using System.IO;
using LiveAccess.Core.Text;

namespace LiveAccess.Cli;

/// <summary>
/// One run of the command: where to write, in which language, how wide the terminal is, and what
/// is being done (named in the one-line report of an unexpected failure).
/// </summary>
internal sealed class CliSession
{
    public CliSession(TextWriter output, TextWriter error, Language language, int width)
    {
        Out = output;
        Error = error;
        Language = language;
        Width = width;
    }

    /// <summary>Standard output: reports.</summary>
    public TextWriter Out { get; }
    /// <summary>Standard error: refused rows, totals, errors.</summary>
    public TextWriter Error { get; }
    /// <summary>The language of every message.</summary>
    public Language Language { get; }
    /// <summary>Columns for tables and help.</summary>
    public int Width { get; }
    /// <summary>Print stack traces of unexpected failures (<c>--debug</c>).</summary>
    public bool Debug { get; set; }
    /// <summary>What is being done now, e.g. "reading rules.yaml"; read only when something fails.</summary>
    public Func<string> Activity { get; set; } = () => string.Empty;

    /// <summary>A message of the catalogue in the session's language.</summary>
    public string Text(string key) => Messages.Get(key).In(Language);

    /// <summary>A formatted message of the catalogue in the session's language.</summary>
    public string Format(string key, params object?[] args) => Messages.Format(Language, key, args);

    /// <summary>Writes an error line on standard error, prefixed with the command name.</summary>
    public void Fail(string message) => Error.WriteLine("liveaccess: " + message);
}
