using System.Collections.Generic;
using LiveAccess.Core.Domain;
using LiveAccess.Core.Inventory.Decoding;
using LiveAccess.Core.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace LiveAccess.Core.Inventory.Yaml;

/// <summary>
/// Reads a YAML inventory event by event, one mapping at a time: a top-level sequence of program
/// mappings, one program mapping, or a mapping whose <c>programs</c> key holds the sequence (its
/// other keys are ignored); several documents (<c>---</c>) are read one after the other. Keys are
/// the CSV headers; a scalar is read as its text (so <c>Name: 2048</c> is the name "2048"), a
/// plain <c>~</c>/<c>null</c>/empty value is left empty, <c>Categories</c> may be a sequence of
/// scalars. Anchors, aliases and tags other than the core schema's (<c>!!str</c>, <c>!!int</c>...)
/// are refused: inside a program, as that program's error; elsewhere, for the whole file.
/// </summary>
internal sealed class YamlInventoryReader
{
    private static readonly HashSet<string> StandardTags = new(System.StringComparer.Ordinal)
    {
        "tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float", "tag:yaml.org,2002:bool",
        "tag:yaml.org,2002:null", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map",
    };
    private readonly YamlEvents _events;
    private readonly DecodingReader _text;
    private readonly string _file;
    private readonly Language _language;

    private YamlInventoryReader(DecodingReader text, string file, Language language)
    {
        _text = text;
        _file = file;
        _language = language;
        _events = new YamlEvents(text, file, language);
    }

    public static IEnumerable<InventoryRecord> Read(DecodingReader text, string file, Language language) =>
        new YamlInventoryReader(text, file, language).ReadAll();

    private IEnumerable<InventoryRecord> ReadAll()
    {
        var any = false;
        while (_events.Next())
        {
            var e = _events.Current;
            if (e is StreamStart or StreamEnd or DocumentStart or DocumentEnd) continue;
            RefuseOutsidePrograms(e);
            switch (e)
            {
                case SequenceStart:
                    any = true;
                    foreach (var record in Elements()) yield return record;
                    break;
                case MappingStart:
                    any = true;
                    foreach (var record in TopMapping()) yield return record;
                    break;
                case Scalar scalar when IsNull(scalar):
                    break;
                default:
                    throw new InventoryException(_file, _events.Line, InventoryText.Format(_language, "inventory.yaml-top-level", KindOf(e)));
            }
        }
        if (!any) throw new InventoryException(_file, 0, InventoryText.Format(_language, "inventory.empty-yaml"));
    }

    /// <summary>The elements of a sequence of programs; the current event is its start.</summary>
    private IEnumerable<InventoryRecord> Elements()
    {
        while (_events.Next() && _events.Current is not SequenceEnd)
        {
            var e = _events.Current;
            var builder = new RowBuilder(_file, _events.Line, _language);
            if (Refusal(e) is { } refusal)
            {
                builder.Fail(refusal.Code, refusal.Message);
                _events.Skip();
                yield return builder.Build();
            }
            else if (e is MappingStart)
            {
                yield return ProgramMapping(builder);
            }
            else
            {
                builder.Fail("not-an-object", InventoryText.Format(_language, "row.not-an-object", KindOf(e), Type("mapping")));
                _events.Skip();
                yield return builder.Build();
            }
        }
    }

    /// <summary>One program mapping; the current event is its start.</summary>
    private InventoryRecord ProgramMapping(RowBuilder builder)
    {
        var lastLine = builder.Line;
        while (_events.Next() && _events.Current is not MappingEnd)
        {
            var key = Key(builder);
            _events.Next();
            lastLine = Member(builder, key, lastLine);
        }
        return Finish(builder, lastLine);
    }

    /// <summary>A top-level mapping: one program, or a wrapper whose <c>programs</c> sequence is read element by element.</summary>
    private IEnumerable<InventoryRecord> TopMapping()
    {
        var builder = new RowBuilder(_file, _events.Line, _language);
        var lastLine = builder.Line;
        var wrapper = false;
        while (_events.Next() && _events.Current is not MappingEnd)
        {
            var key = Key(builder);
            _events.Next();
            if (key is not null && FieldNames.IsProgramList(key) && _events.Current is SequenceStart)
            {
                RefuseOutsidePrograms(_events.Current);
                wrapper = true;
                foreach (var record in Elements()) yield return record;
                continue;
            }
            lastLine = Member(builder, key, lastLine);
        }
        if (!wrapper) yield return Finish(builder, lastLine);
    }

    /// <summary>The key of a mapping entry, or null (and an error) for an alias, a tag or a key that is no scalar.</summary>
    private string? Key(RowBuilder builder)
    {
        var e = _events.Current;
        if (Refusal(e) is { } refusal)
        {
            builder.Fail(refusal.Code, refusal.Message);
            _events.Skip();
            return null;
        }
        if (e is Scalar scalar) return scalar.Value;
        builder.Fail("wrong-type", InventoryText.Format(_language, "row.wrong-type", "?", KindOf(e), Type("string")));
        _events.Skip();
        return null;
    }

    /// <summary>Takes one key's value into the row; returns the last line the program reaches so far.</summary>
    private int Member(RowBuilder builder, string? key, int lastLine)
    {
        var e = _events.Current;
        lastLine = System.Math.Max(lastLine, (int)e.End.Line);
        if (Refusal(e) is { } refusal)
        {
            builder.Fail(refusal.Code, refusal.Message);
            _events.Skip();
            return lastLine;
        }
        if (key is null || FieldNames.Resolve(key) is not { } field)
        {
            _events.Skip();
            return lastLine;
        }
        var expected = field == InventoryField.Categories ? "inventory.type.strings" : "inventory.type.string";
        switch (e)
        {
            case Scalar scalar:
                if (!IsNull(scalar)) builder.Set(field, key, scalar.Value);
                break;
            case SequenceStart when field == InventoryField.Categories:
                while (_events.Next() && _events.Current is not SequenceEnd)
                {
                    var item = _events.Current;
                    lastLine = System.Math.Max(lastLine, (int)item.End.Line);
                    if (Refusal(item) is { } itemRefusal) builder.Fail(itemRefusal.Code, itemRefusal.Message);
                    else if (item is Scalar value) builder.AddCategory(IsNull(value) ? null : value.Value);
                    else builder.WrongType(key, TypeKey(item), expected);
                    _events.Skip();
                }
                break;
            default:
                builder.WrongType(key, TypeKey(e), expected);
                _events.Skip();
                break;
        }
        return lastLine;
    }

    private InventoryRecord Finish(RowBuilder builder, int lastLine)
    {
        if (_text.HasInvalidBytes(builder.Line, lastLine))
            builder.Fail("invalid-encoding", InventoryText.Format(_language, "row.invalid-encoding", _text.FirstInvalidLineFrom(builder.Line), _text.EncodingName));
        return builder.Build();
    }

    /// <summary>Why an event may not be in an inventory: an alias, an anchor, or a tag that is not a standard one.</summary>
    private (string Code, string Message)? Refusal(ParsingEvent e)
    {
        if (e is AnchorAlias alias)
            return ("yaml-alias", InventoryText.Format(_language, "row.yaml-alias", "*" + alias.Value));
        if (e is NodeEvent node)
        {
            if (!node.Anchor.IsEmpty)
                return ("yaml-alias", InventoryText.Format(_language, "row.yaml-alias", "&" + node.Anchor));
            if (!node.Tag.IsEmpty && !node.Tag.IsNonSpecific && !StandardTags.Contains(node.Tag.Value))
                return ("yaml-tag", InventoryText.Format(_language, "row.yaml-tag", InventoryText.Quote(node.Tag.Value)));
        }
        return null;
    }

    private void RefuseOutsidePrograms(ParsingEvent e)
    {
        if (Refusal(e) is { } refusal)
            throw new InventoryException(_file, (int)e.Start.Line, InventoryText.Format(_language, "inventory.yaml-not-allowed-here", refusal.Message));
    }

    private static bool IsNull(Scalar scalar) =>
        scalar.Style == ScalarStyle.Plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL";

    private string KindOf(ParsingEvent e) => Messages.Get(TypeKey(e)).In(_language);

    private string Type(string name) => Messages.Get("inventory.type." + name).In(_language);

    private static string TypeKey(ParsingEvent e) => e switch
    {
        MappingStart => "inventory.type.mapping",
        SequenceStart => "inventory.type.sequence",
        _ => "inventory.type.scalar",
    };
}
