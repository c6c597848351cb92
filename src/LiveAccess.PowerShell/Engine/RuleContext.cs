using System;
using System.Collections.Concurrent;
using System.IO;
using LiveAccess.Core.Evaluation;
using LiveAccess.Core.Rules;
using LiveAccess.Core.Text;

namespace LiveAccess.PowerShell.Engine;

/// <summary>
/// The rule set and language one cmdlet invocation works with. Rule files are cached by path, size
/// and time stamp, and evaluators by rule set and language, so a script that calls a cmdlet once per
/// program does not reload or recompile the rules each time.
/// </summary>
internal sealed class RuleContext
{
    private static readonly ConcurrentDictionary<string, (DateTime Written, long Length, RuleSet Rules)> Files = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<(RuleSet, Language), Evaluator> Evaluators = new();

    private RuleContext(RuleSet rules, Language language)
    {
        Rules = rules;
        Language = language;
    }

    /// <summary>The rule set.</summary>
    public RuleSet Rules { get; }
    /// <summary>The language of every text.</summary>
    public Language Language { get; }
    /// <summary>The evaluator for this rule set and language (shared).</summary>
    public Evaluator Evaluator => Evaluators.GetOrAdd((Rules, Language), key => new Evaluator(key.Item1, key.Item2));

    /// <summary>
    /// The default rules, or the rule file at <paramref name="fullPath"/> (a file-system path), in the
    /// language named (<c>en</c>, <c>zh-CN</c>) or else the UI culture's. Throws
    /// <see cref="RuleFileException"/> when the file is refused, its problems in that language.
    /// </summary>
    public static RuleContext Load(string? fullPath, string? language)
    {
        var chosen = ResolveLanguage(language);
        return new(fullPath is null ? RuleSetLoader.Default : LoadFile(fullPath, chosen), chosen);
    }

    /// <summary>The language named, or the current UI culture's.</summary>
    public static Language ResolveLanguage(string? language) =>
        Languages.TryParse(language, out var chosen) ? chosen : Languages.Current;

    private static RuleSet LoadFile(string path, Language language)
    {
        var info = new FileInfo(path);
        if (info.Exists && Files.TryGetValue(path, out var cached) && cached.Written == info.LastWriteTimeUtc && cached.Length == info.Length)
            return cached.Rules;
        var rules = RuleSetLoader.LoadFile(path, language);
        if (info.Exists) Files[path] = (info.LastWriteTimeUtc, info.Length, rules);
        return rules;
    }
}
