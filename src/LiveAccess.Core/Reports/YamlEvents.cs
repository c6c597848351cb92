using System;
using System.Globalization;
using System.IO;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace LiveAccess.Core.Reports;

/// <summary>
/// A thin streaming YAML emitter over YamlDotNet's event API: strings that a YAML reader would
/// take for a number, a boolean, a date or null are quoted, so every value reads back as written.
/// </summary>
internal sealed class YamlEvents
{
    private static readonly Regex Ambiguous = new(
        @"^(?:~|null|true|false|yes|no|on|off|y|n|[-+]?(?:\.[0-9]+|[0-9][0-9_,:.]*)(?:[eE][-+]?[0-9]+)?|[-+]?\.inf|\.nan|0x[0-9a-f_]+|0o[0-7]+|0b[01_]+|\d{4}-\d\d?-\d\d?.*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private readonly Emitter _emitter;

    public YamlEvents(TextWriter output)
    {
        _emitter = new Emitter(output ?? throw new ArgumentNullException(nameof(output)), new EmitterSettings(bestIndent: 2, bestWidth: int.MaxValue, isCanonical: false, maxSimpleKeyLength: 1024, indentSequences: true, newLine: "\n"));
    }

    public void BeginDocument()
    {
        _emitter.Emit(new StreamStart());
        _emitter.Emit(new DocumentStart());
    }

    public void EndDocument()
    {
        _emitter.Emit(new DocumentEnd(true));
        _emitter.Emit(new StreamEnd());
    }

    public void BeginMap() => _emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, true, MappingStyle.Block));
    public void EndMap() => _emitter.Emit(new MappingEnd());
    public void BeginList() => _emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, true, SequenceStyle.Block));
    public void EndList() => _emitter.Emit(new SequenceEnd());

    /// <summary>A mapping key.</summary>
    public void Key(string key) => Plain(key);

    /// <summary>A string value (null becomes <c>null</c>).</summary>
    public void String(string? value)
    {
        if (value is null) { Plain("null"); return; }
        var style = value.Length == 0 || Ambiguous.IsMatch(value) ? ScalarStyle.DoubleQuoted : ScalarStyle.Any;
        _emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, value, style, true, true));
    }

    public void Bool(bool value) => Plain(value ? "true" : "false");
    public void Number(long value) => Plain(value.ToString(CultureInfo.InvariantCulture));

    public void Field(string key, string? value) { Key(key); String(value); }
    public void Field(string key, bool value) { Key(key); Bool(value); }
    public void Field(string key, long value) { Key(key); Number(value); }

    private void Plain(string text) => _emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, text, ScalarStyle.Plain, true, false));
}
