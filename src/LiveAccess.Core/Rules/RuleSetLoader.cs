using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using LiveAccess.Core.Text;

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
    /// file, line and column of every problem, in <paramref name="language"/>; nothing is changed then.
    /// </summary>
    public static RuleSet LoadFile(string path, Language language = Language.English)
    {
        if (path is null) throw new ArgumentNullException(nameof(path));
        string text;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists) throw Refused(path, language, "rules.file.not-found");
            if (info.Length > YamlGuard.MaxBytes)
                throw Refused(path, language, "rules.file.too-large", info.Length / 1024 / 1024, YamlGuard.MaxBytes / 1024 / 1024);
            var bytes = ReadAtMost(path, YamlGuard.MaxBytes);
            if (bytes is null)
                throw Refused(path, language, "rules.file.too-large-stream", YamlGuard.MaxBytes / 1024 / 1024);
            text = DecodeUtf8(bytes, path, language);
        }
        catch (IOException ex) { throw Refused(path, language, "rules.file.cannot-read", ex.Message); }
        catch (UnauthorizedAccessException ex) { throw Refused(path, language, "rules.file.cannot-read", ex.Message); }
        return Load(text, path, language);
    }

    /// <summary>Loads rule YAML from text (<paramref name="name"/> is used in error positions; problems are in <paramref name="language"/>).</summary>
    public static RuleSet Load(string text, string name, Language language = Language.English)
    {
        if (text is null) throw new ArgumentNullException(nameof(text));
        var errors = new List<RuleFileError>();
        var def = RuleFileReader.Read(text, name, errors, language);
        RuleSet? rules = null;
        if (def is not null && errors.Count == 0)
            rules = RuleSetBuilder.Build(def, def.Mode == "extend" ? DefaultDefinition.Value : null, errors, language);
        if (errors.Count > 0 || rules is null) throw new RuleFileException(name, Sorted(errors), language);
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

    // The length a file reports is not a bound: devices and pipes (/dev/zero, /dev/stdin) report 0.
    private static byte[]? ReadAtMost(string path, int limit)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > limit) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    // The default as written, with positions: the base of 'mode: extend' files, parsed only for them.
    // In a class of its own so that starting without YAML never loads the YAML types.
    private static class DefaultDefinition
    {
        private static readonly Lazy<RuleFileDefinition> Parsed = new(() => LoadDefaultCore().Definition);

        public static RuleFileDefinition Value => Parsed.Value;
    }

    private static string DecodeUtf8(byte[] bytes, string path, Language language)
    {
        try
        {
            // UTF-16 with a byte order mark is what Windows PowerShell 5.1 writes (Out-File, >).
            var encoding = bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE ? new UnicodeEncoding(false, true, true)
                : bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF ? new UnicodeEncoding(true, true, true)
                : (Encoding)new UTF8Encoding(false, true);
            var text = encoding.GetString(bytes);
            return text.Length > 0 && text[0] == '\uFEFF' ? text.Substring(1) : text;
        }
        catch (DecoderFallbackException)
        {
            throw Refused(path, language, "rules.file.not-utf8");
        }
    }

    private static RuleFileException Refused(string path, Language language, string key, params object?[] args) =>
        new(path, new[] { new RuleFileError(path, 0, 0, Messages.Format(language, key, args)) }, language);

    private static List<RuleFileError> Sorted(List<RuleFileError> errors)
    {
        errors.Sort((a, b) => a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Column.CompareTo(b.Column));
        return errors;
    }
}
