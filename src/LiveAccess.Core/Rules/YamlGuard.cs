using System.Collections.Generic;
using System.Globalization;
using System.IO;
using LiveAccess.Core.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace LiveAccess.Core.Rules;

/// <summary>
/// Screens a rule file before it is loaded: rule files need no anchors, aliases or tags, so a
/// file that uses them (alias bombs, type activation) is refused at once, as is one nested deeper
/// or holding more nodes than any honest rule file does.
/// </summary>
internal static class YamlGuard
{
    public const int MaxBytes = 4 * 1024 * 1024;
    private const int MaxDepth = 24;
    private const int MaxNodes = 200_000;
    // Ids, names and messages are short; a value of megabytes would be copied into every decision
    // (the version is in each one), turning a small file into gigabytes of report.
    private const int MaxValueLength = 10_000;

    public static void Screen(string text, string file, List<RuleFileError> errors, Language language = Language.English)
    {
        string Say(string key, params object?[] args) => Messages.Format(language, key, args);
        if (ControlCharacter(text, file, language) is { } control)
        {
            errors.Add(control);
            return;
        }
        var parser = new Parser(new StringReader(text));
        var depth = 0;
        var nodes = 0;
        var last = Mark.Empty;
        try
        {
            while (parser.MoveNext())
            {
                var e = parser.Current!;
                last = e.End;
                switch (e)
                {
                    case AnchorAlias alias:
                        errors.Add(At(file, alias.Start, Say("rules.guard.alias", alias.Value)));
                        return;
                    case NodeEvent node when !node.Anchor.IsEmpty:
                        errors.Add(At(file, node.Start, Say("rules.guard.anchor", node.Anchor)));
                        return;
                    case NodeEvent node when !node.Tag.IsEmpty && !IsCoreTag(node.Tag.Value):
                        errors.Add(At(file, node.Start, Say("rules.guard.tag", node.Tag.Value)));
                        return;
                    case Scalar scalar when scalar.Value.Length > MaxValueLength:
                        errors.Add(At(file, scalar.Start, Say("rules.guard.long-value", scalar.Value.Length, MaxValueLength)));
                        return;
                }
                if (e is MappingStart or SequenceStart)
                {
                    if (++depth > MaxDepth)
                    {
                        errors.Add(At(file, e.Start, Say("rules.guard.too-deep", MaxDepth)));
                        return;
                    }
                }
                else if (e is MappingEnd or SequenceEnd) depth--;
                if (++nodes > MaxNodes)
                {
                    errors.Add(At(file, e.Start, Say("rules.guard.too-many-nodes", MaxNodes)));
                    return;
                }
            }
        }
        catch (YamlException ex)
        {
            errors.Add(At(file, ex.Start, Say("rules.malformed-yaml", ex.Message)));
        }
        catch (System.Exception ex) when (ex is System.InvalidOperationException or System.ArgumentException or System.IndexOutOfRangeException or System.NullReferenceException)
        {
            // YamlDotNet's scanner fails on some inputs with its own state errors (a lone CR in a
            // flow collection): malformed YAML all the same, just after the last node it read.
            errors.Add(At(file, last, Say("rules.malformed-yaml", Messages.Get("yaml.parser-gave-up").In(language))));
        }
    }

    // YAML text holds no control characters but tab and line breaks, and YamlDotNet takes a NUL
    // for the end of the file (what follows would be silently dropped, or its loader fails):
    // refuse them where they are. A file of NULs every other byte is UTF-16 read as UTF-8.
    private static RuleFileError? ControlCharacter(string text, string file, Language language)
    {
        var line = 1;
        var column = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' || (c == '\r' && (i + 1 == text.Length || text[i + 1] != '\n')))
            {
                line++;
                column = 1;
                continue;
            }
            if ((c < ' ' && c is not ('\t' or '\r')) || c == '\u007F')
                return new RuleFileError(file, line, column, Messages.Format(language, "rules.guard.control-character", ((int)c).ToString("X4", CultureInfo.InvariantCulture)));
            column++;
        }
        return null;
    }

    // Only the YAML core schema's own tags mean nothing beyond plain data.
    private static bool IsCoreTag(string tag) => tag is "tag:yaml.org,2002:str" or "tag:yaml.org,2002:int"
        or "tag:yaml.org,2002:bool" or "tag:yaml.org,2002:null" or "tag:yaml.org,2002:float"
        or "tag:yaml.org,2002:map" or "tag:yaml.org,2002:seq" or "!";

    public static RuleFileError At(string file, Mark mark, string message) =>
        new(file, (int)mark.Line, (int)mark.Column, message);
}
