using System;
using System.IO;
using LiveAccess.Core.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace LiveAccess.Core.Inventory.Yaml;

/// <summary>
/// YAML parser events one at a time (YamlDotNet's <see cref="Parser"/>, which never builds a
/// document), with malformed YAML and nesting deeper than <see cref="MaxDepth"/> turned into
/// <see cref="InventoryException"/>.
/// </summary>
internal sealed class YamlEvents
{
    public const int MaxDepth = 32;
    private readonly Parser _parser;
    private readonly string _file;
    private readonly Language _language;
    private int _depth;
    private int _lastLine = 1;

    public YamlEvents(TextReader text, string file, Language language)
    {
        _parser = new Parser(text);
        _file = file;
        _language = language;
    }

    public ParsingEvent Current => _parser.Current!;

    /// <summary>The line where the current event starts (1-based).</summary>
    public int Line => (int)Current.Start.Line;

    public bool Next()
    {
        bool moved;
        try
        {
            moved = _parser.MoveNext();
        }
        catch (YamlException ex)
        {
            throw new InventoryException(_file, (int)Math.Max(1, ex.Start.Line), InventoryText.Format(_language, "inventory.malformed-yaml", Reason(ex.Message)));
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or IndexOutOfRangeException or NullReferenceException)
        {
            // YamlDotNet's scanner has inputs it fails on with its own state errors (a lone CR in
            // a flow collection): still malformed YAML, after the last event that was read.
            throw new InventoryException(_file, Math.Max(1, _lastLine), InventoryText.Format(_language, "inventory.malformed-yaml",
                Messages.Get("yaml.parser-gave-up").In(_language)));
        }
        if (!moved) return false;
        _lastLine = (int)Current.End.Line;
        if (Current is MappingStart or SequenceStart && ++_depth > MaxDepth)
            throw new InventoryException(_file, Line, InventoryText.Format(_language, "inventory.too-deep", MaxDepth));
        if (Current is MappingEnd or SequenceEnd) _depth--;
        return true;
    }

    /// <summary>Skips the node the current event starts (a mapping or sequence with all it holds).</summary>
    public void Skip()
    {
        if (Current is not (MappingStart or SequenceStart)) return;
        var depth = 1;
        while (depth > 0 && Next())
        {
            if (Current is MappingStart or SequenceStart) depth++;
            else if (Current is MappingEnd or SequenceEnd) depth--;
        }
    }

    /// <summary>YamlDotNet's message without the position prefix, which the exception's line carries.</summary>
    private static string Reason(string message)
    {
        var at = message.IndexOf("): ", StringComparison.Ordinal);
        return at > 0 && message.StartsWith("(", StringComparison.Ordinal) ? message.Substring(at + 3) : message;
    }
}
