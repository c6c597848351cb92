using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using LiveAccess.Core.Rules;

namespace LiveAccess.PowerShell.Completion;

/// <summary>
/// Builds completion results from the rule set the command line names (-RulePath, when it is
/// already typed and loads) or the default rules, matching with a wildcard pattern.
/// </summary>
internal static class CompletionValues
{
    private static readonly char[] Wildcards = { '*', '?' };

    /// <summary>A value to offer: the text inserted, what the list shows, the tooltip, and other names it is found by.</summary>
    public sealed class Candidate
    {
        public Candidate(string value, string listItem, string toolTip, IReadOnlyList<string> alsoMatches)
        {
            Value = value;
            ListItem = listItem;
            ToolTip = toolTip;
            AlsoMatches = alsoMatches;
        }

        /// <summary>A value that is its own list item and tooltip, found by itself only.</summary>
        public Candidate(string value)
            : this(value, value, value, Array.Empty<string>())
        {
        }

        public string Value { get; }
        public string ListItem { get; }
        public string ToolTip { get; }
        public IReadOnlyList<string> AlsoMatches { get; }
    }

    /// <summary>The rule set to complete from.</summary>
    public static RuleSet Rules(IDictionary? fakeBoundParameters)
    {
        if (fakeBoundParameters?["RulePath"] is string path && path.Length > 0)
        {
            try
            {
                var full = System.IO.Path.GetFullPath(path);
                if (File.Exists(full)) return RuleSetLoader.LoadFile(full);
            }
            catch (Exception ex) when (ex is RuleFileException or IOException or ArgumentException or NotSupportedException or UnauthorizedAccessException)
            {
                // Completion never fails: an unusable rule file falls back to the default rules.
            }
        }
        return RuleSetLoader.Default;
    }

    /// <summary>The candidates whose value or one of whose other names match what was typed.</summary>
    public static IEnumerable<CompletionResult> Complete(string? wordToComplete, IEnumerable<Candidate> candidates)
    {
        var typed = Unquote(wordToComplete ?? string.Empty);
        var pattern = new WildcardPattern(WildcardPattern.Escape(typed) + "*", WildcardOptions.IgnoreCase | WildcardOptions.CultureInvariant);
        var pattern2 = typed.IndexOfAny(Wildcards) >= 0
            ? new WildcardPattern(typed, WildcardOptions.IgnoreCase | WildcardOptions.CultureInvariant)
            : null;
        bool Match(string s) => pattern.IsMatch(s) || (pattern2?.IsMatch(s) ?? false);
        return candidates
            .Where(c => Match(c.Value) || c.AlsoMatches.Any(Match))
            .Select(c => new CompletionResult(Quote(c.Value), c.ListItem, CompletionResultType.ParameterValue, c.ToolTip));
    }

    /// <summary>Quotes a value when PowerShell would not read it as one bare word.</summary>
    public static string Quote(string value) =>
        value.Length > 0 && value.All(c => !char.IsWhiteSpace(c) && "'\"`$@#,;(){}[]|&<>".IndexOf(c) < 0)
            ? value
            : "'" + value.Replace("'", "''") + "'";

    private static string Unquote(string word) =>
        word.Length > 0 && (word[0] == '\'' || word[0] == '"') ? word.Substring(1).TrimEnd(word[0]) : word;
}
