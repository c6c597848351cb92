using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using LiveAccess.Core.Text;

namespace LiveAccess.Core.Rules.Precompiled;

/// <summary>
/// The default rule set and the message catalogue in a compact binary form, so that a command
/// answers without parsing YAML at start-up. The form is generated at build time from the embedded
/// YAML by <see cref="Write"/> (never written by hand) and stamped with this assembly's module
/// version id: <see cref="Install(Stream)"/> refuses a form made by any other build of the core, and the
/// YAML stays the source of truth (and the fallback).
/// </summary>
public static class PrecompiledDefaults
{
    // "LAPC" in ASCII (spelt out: the ASCII encoder is not otherwise needed at start-up).
    private static readonly byte[] Magic = { (byte)'L', (byte)'A', (byte)'P', (byte)'C' };
    private const int FormatVersion = 1;

    /// <summary>The stamp a form must carry to be installed: the module version id of this build of the core.</summary>
    public static Guid Stamp => typeof(PrecompiledDefaults).Assembly.ManifestModule.ModuleVersionId;

    /// <summary>Writes the form of the default rule set and messages, both loaded from their YAML now.</summary>
    public static void Write(Stream output)
    {
        if (output is null) throw new ArgumentNullException(nameof(output));
        using var writer = new BinaryWriter(output, new UTF8Encoding(false, true), leaveOpen: true);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(Stamp.ToByteArray());
        DefaultsBinary.WriteMessages(writer, Messages.LoadFromYaml());
        DefaultsBinary.WriteRuleSet(writer, RuleSetLoader.LoadDefaultFromYaml());
    }

    /// <summary>
    /// Makes <see cref="RuleSetLoader.Default"/> and <see cref="Messages"/> use a form written by
    /// <see cref="Write"/>, read from <paramref name="input"/> when either is first needed (a command
    /// that needs neither reads nothing). Returns false, changing nothing, when there is no form,
    /// when it was made by another build of the core, or when the defaults are already in use.
    /// The stream is kept until then and disposed after reading.
    /// </summary>
    public static bool Install(Stream? input)
    {
        if (input is null) return false;
        using (input) return Install(FormReader.Of(input));
    }

    /// <summary>As <see cref="Install(Stream)"/>, from the form's bytes (static data of the front that embeds it).</summary>
    public static bool Install(ReadOnlySpan<byte> form) => !form.IsEmpty && Install(new FormReader(form.ToArray()));

    private static bool Install(FormReader reader)
    {
        if (!HasStamp(reader)) return false;
        var form = new Lazy<Form>(() => new Form(DefaultsBinary.ReadMessages(reader), DefaultsBinary.ReadRuleSet(reader)));
        return Messages.UsePrecompiled(() => form.Value.Messages) & RuleSetLoader.UsePrecompiled(() => form.Value.Rules);
    }

    /// <summary>The messages and rule set of a form; false when it is not one of this build's.</summary>
    internal static bool TryRead(Stream input, out Dictionary<string, LocalizedText> messages, out RuleSet rules)
    {
        messages = null!;
        rules = null!;
        var reader = FormReader.Of(input);
        if (!HasStamp(reader)) return false;
        messages = DefaultsBinary.ReadMessages(reader);
        rules = DefaultsBinary.ReadRuleSet(reader);
        return true;
    }

    private static bool HasStamp(FormReader reader)
    {
        var magic = reader.ReadBytes(Magic.Length);
        if (magic.Length != Magic.Length || magic[0] != Magic[0] || magic[1] != Magic[1] || magic[2] != Magic[2] || magic[3] != Magic[3])
            return false;
        var stamp = reader.ReadBytes(4 + 16);
        return stamp.Length == 20 && BitConverter.ToInt32(stamp, 0) == FormatVersion && new Guid(stamp.AsSpan(4).ToArray()) == Stamp;
    }

    private sealed class Form
    {
        public Form(Dictionary<string, LocalizedText> messages, RuleSet rules)
        {
            Messages = messages;
            Rules = rules;
        }

        public Dictionary<string, LocalizedText> Messages { get; }
        public RuleSet Rules { get; }
    }
}
