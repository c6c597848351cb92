using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;

namespace LiveAccess.Core.Reports;

/// <summary>
/// A small streaming YAML writer for block mappings and sequences (what the reports and the
/// matrix need). A scalar is written plain only when a YAML reader can take it for nothing but
/// that string; otherwise it is double-quoted with escapes, so every value reads back as written.
/// Several times faster than a general emitter, which matters for inventories of a million rows.
/// </summary>
internal sealed class YamlWriter
{
    private static readonly Regex Ambiguous = new(
        @"^(?:~|null|true|false|yes|no|on|off|y|n|[-+]?(?:\.[0-9]+|[0-9][0-9_,:.]*)(?:[eE][-+]?[0-9]+)?|[-+]?\.inf|\.nan|0x[0-9a-f_]+|0o[0-7]+|0b[01_]+|\d{4}-\d\d?-\d\d?.*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private readonly TextWriter _out;
    private readonly Stack<Frame> _frames = new();
    private string? _key;

    public YamlWriter(TextWriter output) => _out = output ?? throw new ArgumentNullException(nameof(output));

    public void BeginMap() => Begin(isList: false);
    public void EndMap() => End();
    public void BeginList() => Begin(isList: true);
    public void EndList() => End();

    /// <summary>The key of the next value in the current mapping.</summary>
    public void Key(string key)
    {
        if (_frames.Count == 0 || _frames.Peek().IsList) throw new InvalidOperationException("A key belongs in a mapping.");
        _key = key;
    }

    /// <summary>A string value (null becomes <c>null</c>).</summary>
    public void String(string? value) => Scalar(value is null ? "null" : Quote(value));
    public void Bool(bool value) => Scalar(value ? "true" : "false");
    public void Number(long value) => Scalar(value.ToString(CultureInfo.InvariantCulture));

    public void Field(string key, string? value) { Key(key); String(value); }
    public void Field(string key, bool value) { Key(key); Bool(value); }
    public void Field(string key, long value) { Key(key); Number(value); }

    /// <summary>The text as a YAML scalar: plain when that is unambiguous, else double-quoted.</summary>
    public static string Quote(string value)
    {
        if (value is null) throw new ArgumentNullException(nameof(value));
        return IsPlainSafe(value) ? value : DoubleQuoted(value);
    }

    private void Scalar(string text)
    {
        if (_frames.Count == 0) throw new InvalidOperationException("A value needs a mapping or a sequence.");
        var frame = _frames.Peek();
        var lead = TakeLead(frame);
        if (frame.IsList) _out.Write(lead + "- " + text + "\n");
        else _out.Write(lead + Quote(TakeKey()) + ": " + text + "\n");
    }

    private void Begin(bool isList)
    {
        var empty = isList ? "[]" : "{}";
        if (_frames.Count == 0)
        {
            _frames.Push(new Frame(isList, 0, null, string.Empty, empty));
            return;
        }
        var parent = _frames.Peek();
        var lead = TakeLead(parent);
        if (parent.IsList)
        {
            if (isList) throw new NotSupportedException("A sequence directly inside a sequence is not needed by any report.");
            // "- first: value", then the other keys under it.
            _frames.Push(new Frame(false, parent.Indent + 2, null, lead + "- ", lead + "- " + empty));
            return;
        }
        var header = lead + Quote(TakeKey()) + ":";
        _frames.Push(new Frame(isList, parent.Indent + 2, header, new string(' ', parent.Indent + 2), header + " " + empty));
    }

    private void End()
    {
        var frame = _frames.Pop();
        if (!frame.Any) _out.Write(frame.EmptyText + "\n");
        if (_frames.Count == 0) _out.Flush();
    }

    /// <summary>What starts the next entry's line; the first entry completes the parent's line.</summary>
    private string TakeLead(Frame frame)
    {
        if (frame.Any) return new string(' ', frame.Indent);
        frame.Any = true;
        if (frame.Header is not null) _out.Write(frame.Header + "\n");
        return frame.FirstPrefix;
    }

    private string TakeKey()
    {
        var key = _key ?? throw new InvalidOperationException("A mapping value needs its key first.");
        _key = null;
        return key;
    }

    private static bool IsPlainSafe(string s)
    {
        if (s.Length == 0 || char.IsWhiteSpace(s[0]) || char.IsWhiteSpace(s[s.Length - 1])) return false;
        if ("-?:,[]{}#&*!|>'\"%@`".IndexOf(s[0]) >= 0) return false;
        if (s[s.Length - 1] == ':') return false;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c is '\u2028' or '\u2029' or '\uFEFF' || char.IsSurrogate(c)) return false;
            if (c == ':' && i + 1 < s.Length && s[i + 1] == ' ') return false;
            if (c == '#' && s[i - 1] == ' ') return false;
        }
        var first = s[0];
        var mayResolve = s.Length <= 5 || char.IsDigit(first) || first is '+' or '.' or '~';
        return !(mayResolve && Ambiguous.IsMatch(s));
    }

    private static string DoubleQuoted(string s)
    {
        var sb = new StringBuilder(s.Length + 2).Append('"');
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\0': sb.Append("\\0"); break;
                case '\u0085': sb.Append("\\N"); break;
                case '\u2028': sb.Append("\\L"); break;
                case '\u2029': sb.Append("\\P"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { sb.Append(c).Append(s[++i]); break; }
                    if (char.IsSurrogate(c)) { sb.Append("\\uFFFD"); break; }
                    if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\uFEFF')
                        sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }

    private sealed class Frame
    {
        public Frame(bool isList, int indent, string? header, string firstPrefix, string emptyText)
        {
            IsList = isList;
            Indent = indent;
            Header = header;
            FirstPrefix = firstPrefix;
            EmptyText = emptyText;
        }

        public bool IsList { get; }
        /// <summary>Column of the entries after the first.</summary>
        public int Indent { get; }
        /// <summary>"key:" to write before the first entry (null for the root and for list items).</summary>
        public string? Header { get; }
        /// <summary>What precedes the first entry on its line.</summary>
        public string FirstPrefix { get; }
        /// <summary>The whole line when the container stays empty ("key: []").</summary>
        public string EmptyText { get; }
        public bool Any { get; set; }
    }
}
