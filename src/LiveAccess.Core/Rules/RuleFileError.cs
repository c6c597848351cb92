using System;
using System.Collections.Generic;
using System.Linq;
using LiveAccess.Core.Text;

namespace LiveAccess.Core.Rules;

/// <summary>One problem in a rule file, with its position.</summary>
/// <param name="File">The rule file's path (or <c>default</c>).</param>
/// <param name="Line">1-based line; 0 when the problem concerns the whole file.</param>
/// <param name="Column">1-based column; 0 when unknown.</param>
/// <param name="Message">What is wrong and how to fix it.</param>
public sealed record RuleFileError(string File, int Line, int Column, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Line > 0 ? $"{File}:{Line}:{Column}: {Message}" : $"{File}: {Message}";
}

/// <summary>A rule file was refused whole; the rule set in force stays as it was.</summary>
public sealed class RuleFileException : Exception
{
    /// <summary>Creates the exception from the file's errors (summary in English).</summary>
    public RuleFileException(string file, IReadOnlyList<RuleFileError> errors)
        : this(file, errors, Language.English)
    {
    }

    /// <summary>Creates the exception from the file's errors, its summary in <paramref name="language"/>.</summary>
    public RuleFileException(string file, IReadOnlyList<RuleFileError> errors, Language language)
        : base(BuildMessage(file, errors, language))
    {
        File = file;
        Errors = errors;
    }

    /// <summary>Creates an exception without details (for serialisation and analyzers).</summary>
    public RuleFileException() : this("rules", Array.Empty<RuleFileError>()) { }

    /// <summary>Creates an exception with a message.</summary>
    public RuleFileException(string message) : base(message) { File = "rules"; Errors = Array.Empty<RuleFileError>(); }

    /// <summary>Creates an exception with a message and cause.</summary>
    public RuleFileException(string message, Exception inner) : base(message, inner) { File = "rules"; Errors = Array.Empty<RuleFileError>(); }

    /// <summary>The refused file.</summary>
    public string File { get; }
    /// <summary>Every problem found, in file order.</summary>
    public IReadOnlyList<RuleFileError> Errors { get; }

    private static string BuildMessage(string file, IReadOnlyList<RuleFileError> errors, Language language) =>
        Messages.Format(language, "rules.refused", file, errors.Count)
        + string.Concat(errors.Select(e => Environment.NewLine + "  " + e));
}
