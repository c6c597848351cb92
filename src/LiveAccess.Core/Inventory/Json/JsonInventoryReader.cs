using System.Collections.Generic;
using System.Text.Json;
using LiveAccess.Core.Domain;
using LiveAccess.Core.Inventory.Decoding;
using LiveAccess.Core.Text;

namespace LiveAccess.Core.Inventory.Json;

/// <summary>
/// Reads a JSON inventory object by object, never the whole array: a top-level array of program
/// objects, one program object, an object whose <c>programs</c> key holds the array (its other
/// keys are ignored), or several of these one after the other (JSON Lines). Keys are the CSV
/// headers; <c>Categories</c> is a string or an array of strings; a value of another type is an
/// error of that program naming the key and the expected type; a missing key is left empty.
/// </summary>
internal sealed class JsonInventoryReader
{
    private readonly JsonTokenStream _tokens;
    private readonly DecodingReader _text;
    private readonly string _file;
    private readonly Language _language;

    private JsonInventoryReader(DecodingReader text, string file, Language language)
    {
        _text = text;
        _file = file;
        _language = language;
        _tokens = new JsonTokenStream(text, file, language);
    }

    public static IEnumerable<InventoryRecord> Read(DecodingReader text, string file, Language language) =>
        new JsonInventoryReader(text, file, language).ReadAll();

    private IEnumerable<InventoryRecord> ReadAll()
    {
        var any = false;
        while (_tokens.Read())
        {
            any = true;
            switch (_tokens.TokenType)
            {
                case JsonTokenType.StartArray:
                    foreach (var record in Elements()) yield return record;
                    break;
                case JsonTokenType.StartObject:
                    foreach (var record in TopObject()) yield return record;
                    break;
                default:
                    throw new InventoryException(_file, _tokens.Line, InventoryText.Format(_language, "inventory.json-top-level", KindOf(_tokens.TokenType)));
            }
        }
        if (!any) throw new InventoryException(_file, 0, InventoryText.Format(_language, "inventory.empty-json"));
    }

    /// <summary>The elements of an array of programs; the current token is its start.</summary>
    private IEnumerable<InventoryRecord> Elements()
    {
        while (_tokens.Read() && _tokens.TokenType != JsonTokenType.EndArray)
        {
            if (_tokens.TokenType == JsonTokenType.StartObject)
            {
                yield return ProgramObject();
                continue;
            }
            var builder = new RowBuilder(_file, _tokens.Line, _language);
            builder.Fail("not-an-object", InventoryText.Format(_language, "row.not-an-object", KindOf(_tokens.TokenType), Type("object")));
            _tokens.Skip();
            yield return builder.Build();
        }
    }

    /// <summary>One program object; the current token is its start.</summary>
    private InventoryRecord ProgramObject()
    {
        var builder = new RowBuilder(_file, _tokens.Line, _language);
        while (_tokens.Read() && _tokens.TokenType != JsonTokenType.EndObject)
        {
            var key = Key(builder);
            _tokens.Read();
            Member(builder, key);
        }
        return Finish(builder);
    }

    /// <summary>A top-level object: one program, or a wrapper whose <c>programs</c> array is read element by element.</summary>
    private IEnumerable<InventoryRecord> TopObject()
    {
        var builder = new RowBuilder(_file, _tokens.Line, _language);
        var wrapper = false;
        while (_tokens.Read() && _tokens.TokenType != JsonTokenType.EndObject)
        {
            var key = Key(builder);
            _tokens.Read();
            if (FieldNames.IsProgramList(key) && _tokens.TokenType == JsonTokenType.StartArray)
            {
                wrapper = true;
                foreach (var record in Elements()) yield return record;
                continue;
            }
            Member(builder, key);
        }
        if (!wrapper) yield return Finish(builder);
    }

    /// <summary>Takes one key's value into the row; the current token is the value's first.</summary>
    private void Member(RowBuilder builder, string key)
    {
        if (FieldNames.Resolve(key) is not { } field)
        {
            _tokens.Skip();
            return;
        }
        var expected = field == InventoryField.Categories ? "inventory.type.strings" : "inventory.type.string";
        switch (_tokens.TokenType)
        {
            case JsonTokenType.String:
                Unbroken(builder, key);
                builder.Set(field, key, _tokens.Value);
                break;
            case JsonTokenType.Null:
                break;
            case JsonTokenType.StartArray when field == InventoryField.Categories:
                while (_tokens.Read() && _tokens.TokenType != JsonTokenType.EndArray)
                {
                    if (_tokens.TokenType == JsonTokenType.String && Unbroken(builder, key)) builder.AddCategory(_tokens.Value);
                    else if (_tokens.TokenType != JsonTokenType.Null) builder.WrongType(key, TypeKey(_tokens.TokenType), expected);
                    _tokens.Skip();
                }
                break;
            default:
                builder.WrongType(key, TypeKey(_tokens.TokenType), expected);
                _tokens.Skip();
                break;
        }
    }

    /// <summary>The current property name; one that is broken text fails the program.</summary>
    private string Key(RowBuilder builder)
    {
        var key = _tokens.Value ?? string.Empty;
        Unbroken(builder, key);
        return key;
    }

    /// <summary>False (and the program failed) when the current string cannot be text: a lone surrogate escape.</summary>
    private bool Unbroken(RowBuilder builder, string key)
    {
        if (!_tokens.BrokenString) return true;
        builder.Fail("broken-escape", InventoryText.Format(_language, "row.broken-json-escape", InventoryText.Quote(key)));
        return false;
    }

    private InventoryRecord Finish(RowBuilder builder)
    {
        if (_text.HasInvalidBytes(builder.Line, _tokens.Line))
            builder.Fail("invalid-encoding", InventoryText.Format(_language, "row.invalid-encoding", _text.FirstInvalidLineFrom(builder.Line), _text.EncodingName));
        return builder.Build();
    }

    private string KindOf(JsonTokenType type) => Messages.Get(TypeKey(type)).In(_language);

    private string Type(string name) => Messages.Get("inventory.type." + name).In(_language);

    private static string TypeKey(JsonTokenType type) => type switch
    {
        JsonTokenType.String => "inventory.type.string",
        JsonTokenType.Number => "inventory.type.number",
        JsonTokenType.True or JsonTokenType.False => "inventory.type.boolean",
        JsonTokenType.StartObject => "inventory.type.object",
        JsonTokenType.StartArray => "inventory.type.array",
        _ => "inventory.type.null",
    };
}
