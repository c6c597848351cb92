using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;

namespace LiveAccess.Core.Rules;

/// <summary>Loads the embedded default rule set and users' rule files.</summary>
public static class RuleSetLoader
{
    private const string DefaultResource = "LiveAccess.Core.Rules.default-rules.yaml";
    private static Func<RuleSet>? s_precompiled;
    // The precompiled default when a front installed one (no YAML parsed at start-up), else the YAML.
    private static readonly Lazy<RuleSet> DefaultRules = new(() => s_precompiled?.Invoke() ?? LoadDefaultFromYaml());

    /// <summary>The embedded default rule set (loaded once).</summary>
    public static RuleSet Default => DefaultRules.Value;

    /// <summary>The default rule set's YAML text, for users who start their own file from it.</summary>
    public static string DefaultText()
    {
        using var stream = typeof(RuleSetLoader).Assembly.GetManifestResourceStream(DefaultResource)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// Loads a rule file: <c>mode: replace</c> (the default) makes it the whole rule set,
    /// <c>mode: extend</c> adds it to the default. Throws <see cref="RuleFileException"/> naming
    /// file, line and column of every problem; nothing is changed then.
    /// </summary>
    public static RuleSet LoadFile(string path)
    {
        if (path is null) throw new ArgumentNullException(nameof(path));
        string text;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists) throw Refused(path, "The rule file does not exist: check the path.");
            if (info.Length > YamlGuard.MaxBytes)
                throw Refused(path, $"The rule file is {info.Length / 1024 / 1024} MB; a rule file is a few kilobytes (limit {YamlGuard.MaxBytes / 1024 / 1024} MB).");
            var bytes = File.ReadAllBytes(path);
            text = DecodeUtf8(bytes, path);
        }
        catch (IOException ex) { throw Refused(path, "The rule file could not be read: " + ex.Message); }
        catch (UnauthorizedAccessException ex) { throw Refused(path, "The rule file could not be read: " + ex.Message); }
        return Load(text, path);
    }

    /// <summary>Loads rule YAML from text (<paramref name="name"/> is used in error positions).</summary>
    public static RuleSet Load(string text, string name)
    {
        if (text is null) throw new ArgumentNullException(nameof(text));
        var errors = new List<RuleFileError>();
        var def = RuleFileReader.Read(text, name, errors);
        RuleSet? rules = null;
        if (def is not null && errors.Count == 0)
            rules = RuleSetBuilder.Build(def, def.Mode == "extend" ? DefaultDefinition.Value : null, errors);
        if (errors.Count > 0 || rules is null) throw new RuleFileException(name, Sorted(errors));
        return rules;
    }

    /// <summary>The default rule set built from its YAML now, whatever is installed (for the precompiled form and its tests).</summary>
    // Not inlined: the caller must not need the YAML types (starting from the precompiled form never loads YamlDotNet).
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static RuleSet LoadDefaultFromYaml() => LoadDefaultCore().Rules;

    /// <summary>Makes <see cref="Default"/> the rule set the function gives; false when the default is already in use.</summary>
    internal static bool UsePrecompiled(Func<RuleSet> rules)
    {
        if (DefaultRules.IsValueCreated) return false;
        s_precompiled = rules;
        return true;
    }

    private static (RuleFileDefinition Definition, RuleSet Rules) LoadDefaultCore()
    {
        var errors = new List<RuleFileError>();
        var def = RuleFileReader.Read(DefaultText(), "default-rules.yaml", errors);
        var rules = def is null ? null : RuleSetBuilder.Build(def, null, errors);
        if (errors.Count > 0 || rules is null || def is null)
            throw new RuleFileException("default-rules.yaml", errors); // a broken build, caught by the tests
        return (def, rules);
    }

    // The default as written, with positions: the base of 'mode: extend' files, parsed only for them.
    // In a class of its own so that starting without YAML never loads the YAML types.
    private static class DefaultDefinition
    {
        private static readonly Lazy<RuleFileDefinition> Parsed = new(() => LoadDefaultCore().Definition);

        public static RuleFileDefinition Value => Parsed.Value;
    }

    private static string DecodeUtf8(byte[] bytes, string path)
    {
        try
        {
            var text = new UTF8Encoding(false, true).GetString(bytes);
            return text.Length > 0 && text[0] == '\uFEFF' ? text.Substring(1) : text;
        }
        catch (DecoderFallbackException)
        {
            throw Refused(path, "The rule file is not UTF-8 text: save it as UTF-8.");
        }
    }

    private static RuleFileException Refused(string path, string message) =>
        new(path, new[] { new RuleFileError(path, 0, 0, message) });

    private static List<RuleFileError> Sorted(List<RuleFileError> errors)
    {
        errors.Sort((a, b) => a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Column.CompareTo(b.Column));
        return errors;
    }
}
