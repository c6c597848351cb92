using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using YamlDotNet.RepresentationModel;

namespace LiveAccess.Core.Text;

/// <summary>
/// The user-facing message catalogue, kept as data: every embedded <c>Text/messages*.yaml</c>
/// maps a key to <c>{ en: ..., zh-CN: ... }</c>. Loaded once.
/// </summary>
public static class Messages
{
    private static Func<Dictionary<string, LocalizedText>>? s_precompiled;
    // The precompiled catalogue when a front installed one (no YAML parsed at start-up), else the YAML.
    private static readonly Lazy<Dictionary<string, LocalizedText>> Catalogue = new(() => s_precompiled?.Invoke() ?? LoadFromYaml());

    /// <summary>All keys and texts (for tests and documentation).</summary>
    public static IReadOnlyDictionary<string, LocalizedText> All => Catalogue.Value;

    /// <summary>The text of a key; throws for a key that is not in the catalogue (a programming error).</summary>
    public static LocalizedText Get(string key)
    {
        if (Catalogue.Value.TryGetValue(key, out var text)) return text;
        throw new KeyNotFoundException("Message key not in the catalogue: " + key);
    }

    /// <summary>The formatted text of a key in a language.</summary>
    public static string Format(Language language, string key, params object?[] args) =>
        PlainFormat.Format(Get(key).In(language), args);

    /// <summary>Makes the catalogue the one the function gives; false when the catalogue is already in use.</summary>
    internal static bool UsePrecompiled(Func<Dictionary<string, LocalizedText>> catalogue)
    {
        if (Catalogue.IsValueCreated) return false;
        s_precompiled = catalogue;
        return true;
    }

    /// <summary>The catalogue read from the embedded YAML now, whatever is installed.</summary>
    // Not inlined: the caller must not need the YAML types (starting from the precompiled form never loads YamlDotNet).
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static Dictionary<string, LocalizedText> LoadFromYaml()
    {
        var assembly = typeof(Messages).Assembly;
        var result = new Dictionary<string, LocalizedText>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames()
                     .Where(n => n.StartsWith("LiveAccess.Core.Text.messages", StringComparison.Ordinal)
                                 && n.EndsWith(".yaml", StringComparison.Ordinal))
                     .OrderBy(n => n, StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            var yaml = new YamlStream();
            yaml.Load(reader);
            var root = (YamlMappingNode)yaml.Documents[0].RootNode;
            foreach (var entry in root.Children)
            {
                var key = ((YamlScalarNode)entry.Key).Value!;
                var texts = (YamlMappingNode)entry.Value;
                string Pick(string lang) => texts.Children.TryGetValue(new YamlScalarNode(lang), out var v)
                    ? ((YamlScalarNode)v).Value ?? string.Empty : string.Empty;
                if (result.ContainsKey(key)) throw new InvalidOperationException($"Duplicate message key {key} in {name}");
                result[key] = new LocalizedText(Pick("en"), Pick("zh-CN"));
            }
        }
        return result;
    }
}
