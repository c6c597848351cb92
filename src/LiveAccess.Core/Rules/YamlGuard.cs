using System.Collections.Generic;
using System.IO;
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

    public static void Screen(string text, string file, List<RuleFileError> errors)
    {
        if (ControlCharacter(text, file) is { } control)
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
                        errors.Add(At(file, alias.Start, $"Aliases (*{alias.Value}) are not allowed in rule files: write the value out."));
                        return;
                    case NodeEvent node when !node.Anchor.IsEmpty:
                        errors.Add(At(file, node.Start, $"Anchors (&{node.Anchor}) are not allowed in rule files: write the value out."));
                        return;
                    case NodeEvent node when !node.Tag.IsEmpty && !IsCoreTag(node.Tag.Value):
                        errors.Add(At(file, node.Start, $"Tags ({node.Tag.Value}) are not allowed in rule files: remove the tag."));
                        return;
                    case Scalar scalar when scalar.Value.Length > MaxValueLength:
                        errors.Add(At(file, scalar.Start, $"This value is {scalar.Value.Length} characters long; values in a rule file (ids, names, messages) are short (limit {MaxValueLength})."));
                        return;
                }
                if (e is MappingStart or SequenceStart)
                {
                    if (++depth > MaxDepth)
                    {
                        errors.Add(At(file, e.Start, $"The file is nested more than {MaxDepth} levels deep; a rule file needs about 5."));
                        return;
                    }
                }
                else if (e is MappingEnd or SequenceEnd) depth--;
                if (++nodes > MaxNodes)
                {
                    errors.Add(At(file, e.Start, $"The file holds more than {MaxNodes} YAML nodes; that is no rule file."));
                    return;
                }
            }
        }
        catch (YamlException ex)
        {
            errors.Add(At(file, ex.Start, "Malformed YAML: " + ex.Message));
        }
        catch (System.Exception ex) when (ex is System.InvalidOperationException or System.ArgumentException or System.IndexOutOfRangeException or System.NullReferenceException)
        {
            // YamlDotNet's scanner fails on some inputs with its own state errors (a lone CR in a
            // flow collection): malformed YAML all the same, just after the last node it read.
            errors.Add(At(file, last, "Malformed YAML: the YAML reader could not go on after this point; check the quotes, brackets and line endings here."));
        }
    }

    // YAML text holds no control characters but tab and line breaks, and YamlDotNet takes a NUL
    // for the end of the file (what follows would be silently dropped, or its loader fails):
    // refuse them where they are. A file of NULs every other byte is UTF-16 read as UTF-8.
    private static RuleFileError? ControlCharacter(string text, string file)
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
                return new RuleFileError(file, line, column, $"The file holds a control character (U+{(int)c:X4}) here; a rule file is plain text. If it was saved as UTF-16, save it as UTF-8.");
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
