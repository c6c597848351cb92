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

    public static void Screen(string text, string file, List<RuleFileError> errors)
    {
        var parser = new Parser(new StringReader(text));
        var depth = 0;
        var nodes = 0;
        try
        {
            while (parser.MoveNext())
            {
                var e = parser.Current!;
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
    }

    // Only the YAML core schema's own tags mean nothing beyond plain data.
    private static bool IsCoreTag(string tag) => tag is "tag:yaml.org,2002:str" or "tag:yaml.org,2002:int"
        or "tag:yaml.org,2002:bool" or "tag:yaml.org,2002:null" or "tag:yaml.org,2002:float"
        or "tag:yaml.org,2002:map" or "tag:yaml.org,2002:seq" or "!";

    public static RuleFileError At(string file, Mark mark, string message) =>
        new(file, (int)mark.Line, (int)mark.Column, message);
}
