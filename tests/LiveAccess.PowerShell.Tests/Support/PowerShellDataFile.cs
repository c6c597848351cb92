using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace LiveAccess.PowerShell.Tests.Support;

/// <summary>
/// Reads a PowerShell data file (.psd1) the way Import-PowerShellDataFile accepts it: hashtables,
/// arrays, single- and double-quoted strings and here-strings, numbers, $true, $false, $null and
/// comments. Anything else (variables, commands, expressions) is refused with its line and column,
/// since PowerShell refuses it in a module manifest too.
/// </summary>
internal sealed class PowerShellDataFile
{
    private readonly string _text;
    private int _pos;

    private PowerShellDataFile(string text) => _text = text;

    /// <summary>Parses the file's single hashtable; keys are case-insensitive like PowerShell's.</summary>
    public static Dictionary<string, object?> Parse(string text)
    {
        var parser = new PowerShellDataFile(text.TrimStart('\uFEFF'));
        parser.SkipSpace(newlines: true);
        var result = parser.Hashtable();
        parser.SkipSpace(newlines: true);
        if (parser._pos != parser._text.Length) throw parser.Error("only one hashtable may be in a data file");
        return result;
    }

    private Dictionary<string, object?> Hashtable()
    {
        Expect("@{");
        var table = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        while (true)
        {
            SkipSpace(newlines: true);
            if (TryTake("}")) return table;
            if (TryTake(";")) continue;
            var key = Peek() is '\'' or '"' ? (string)Value()! : Word();
            SkipSpace(newlines: false);
            Expect("=");
            SkipSpace(newlines: true);
            if (table.ContainsKey(key)) throw Error($"duplicate key '{key}'");
            table[key] = ValueList(stopAtNewline: true);
        }
    }

    private object? ValueList(bool stopAtNewline)
    {
        var first = Value();
        SkipSpace(newlines: false);
        if (Peek() != ',') return first;
        var list = new List<object?> { first };
        while (TryTake(","))
        {
            SkipSpace(newlines: true);
            list.Add(Value());
            SkipSpace(newlines: !stopAtNewline);
        }
        return list;
    }

    private object? Value()
    {
        if (Starts("@{")) return Hashtable();
        if (Starts("@(")) return Array();
        if (Starts("@'") || Starts("@\"")) return HereString();
        var c = Peek();
        if (c == '\'') return SingleQuoted();
        if (c == '"') return DoubleQuoted();
        if (c == '$') return Constant();
        if (c is '-' or '+' || char.IsDigit(c)) return Number();
        throw Error($"unexpected '{c}': a data file holds only hashtables, arrays, strings, numbers and $true/$false/$null");
    }

    private List<object?> Array()
    {
        Expect("@(");
        var list = new List<object?>();
        while (true)
        {
            SkipSpace(newlines: true);
            if (TryTake(")")) return list;
            if (TryTake(",") || TryTake(";")) continue;
            list.Add(Value());
        }
    }

    private string SingleQuoted()
    {
        Expect("'");
        var sb = new StringBuilder();
        while (true)
        {
            if (_pos >= _text.Length) throw Error("unterminated string");
            var c = _text[_pos++];
            if (c == '\'')
            {
                if (Peek() == '\'') { _pos++; sb.Append('\''); continue; }
                return sb.ToString();
            }
            sb.Append(c);
        }
    }

    private string DoubleQuoted()
    {
        Expect("\"");
        var sb = new StringBuilder();
        while (true)
        {
            if (_pos >= _text.Length) throw Error("unterminated string");
            var c = _text[_pos++];
            if (c == '"')
            {
                if (Peek() == '"') { _pos++; sb.Append('"'); continue; }
                return sb.ToString();
            }
            if (c == '$' && (char.IsLetter(Peek()) || Peek() is '{' or '(')) throw Error("variables and subexpressions are not allowed in a data file");
            if (c == '`' && _pos < _text.Length)
            {
                var e = _text[_pos++];
                sb.Append(e switch { 'n' => '\n', 'r' => '\r', 't' => '\t', '0' => '\0', _ => e });
                continue;
            }
            sb.Append(c);
        }
    }

    private string HereString()
    {
        var quote = _text[_pos + 1];
        _pos += 2;
        var lineEnd = _text.IndexOf('\n', _pos);
        if (lineEnd < 0 || _text.Substring(_pos, lineEnd - _pos).Trim().Length != 0) throw Error("a here-string starts with @' or @\" at the end of a line");
        var start = lineEnd + 1;
        var close = "\n" + quote + "@";
        var end = _text.IndexOf(close, start - 1, StringComparison.Ordinal);
        if (end < 0) throw Error("unterminated here-string");
        _pos = end + close.Length;
        var body = end >= start ? _text.Substring(start, end - start) : string.Empty;
        if (quote == '"' && body.Contains("$(", StringComparison.Ordinal)) throw Error("subexpressions are not allowed in a data file");
        return body.TrimEnd('\r');
    }

    private object? Constant()
    {
        var word = Word(allowDollar: true);
        return word.ToLowerInvariant() switch
        {
            "$true" => true,
            "$false" => false,
            "$null" => null,
            _ => throw Error($"variable {word} is not allowed in a data file"),
        };
    }

    private object Number()
    {
        var start = _pos;
        if (Peek() is '-' or '+') _pos++;
        while (_pos < _text.Length && (char.IsLetterOrDigit(_text[_pos]) || _text[_pos] == '.')) _pos++;
        var token = _text.Substring(start, _pos - start);
        if (long.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)) return l;
        if (double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) return d;
        throw Error($"'{token}' is not a number");
    }

    private string Word(bool allowDollar = false)
    {
        var start = _pos;
        if (allowDollar && Peek() == '$') _pos++;
        while (_pos < _text.Length && (char.IsLetterOrDigit(_text[_pos]) || _text[_pos] is '_' or '-' or '.')) _pos++;
        if (_pos == start) throw Error("a key is expected");
        return _text.Substring(start, _pos - start);
    }

    private void SkipSpace(bool newlines)
    {
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c == '\n' && !newlines) return;
            if (char.IsWhiteSpace(c)) { _pos++; continue; }
            if (Starts("<#"))
            {
                var end = _text.IndexOf("#>", _pos + 2, StringComparison.Ordinal);
                if (end < 0) throw Error("unterminated block comment");
                _pos = end + 2;
                continue;
            }
            if (c == '#')
            {
                while (_pos < _text.Length && _text[_pos] != '\n') _pos++;
                continue;
            }
            if (c == '`' && _pos + 1 < _text.Length && _text[_pos + 1] is '\n' or '\r') { _pos += 2; continue; }
            return;
        }
    }

    private char Peek() => _pos < _text.Length ? _text[_pos] : '\0';
    private bool Starts(string s) => string.CompareOrdinal(_text, _pos, s, 0, s.Length) == 0;
    private bool TryTake(string s)
    {
        if (!Starts(s)) return false;
        _pos += s.Length;
        return true;
    }

    private void Expect(string s)
    {
        if (!TryTake(s)) throw Error($"'{s}' expected");
    }

    private FormatException Error(string message)
    {
        var line = 1;
        var column = 1;
        for (var i = 0; i < _pos && i < _text.Length; i++)
        {
            if (_text[i] == '\n') { line++; column = 1; }
            else column++;
        }
        return new FormatException($"{line}:{column}: {message}");
    }
}
