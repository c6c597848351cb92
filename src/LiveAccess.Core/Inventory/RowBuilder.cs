using System.Collections.Generic;
using LiveAccess.Core.Categories;
using LiveAccess.Core.Domain;
using LiveAccess.Core.Text;

namespace LiveAccess.Core.Inventory;

/// <summary>
/// Collects the values of one inventory entry (a CSV record, a JSON object, a YAML mapping) and
/// turns them into an <see cref="InventoryRecord"/>: the row, or the first error found in it.
/// </summary>
internal sealed class RowBuilder
{
    private readonly string?[] _values = new string?[5];
    private readonly string?[] _sources = new string?[5];
    private readonly List<string> _categories = new();
    private List<Message>? _warnings;
    private string? _errorCode;
    private string? _errorMessage;

    public RowBuilder(string file, int line, Language language)
    {
        File = file;
        Line = line;
        Language = language;
    }

    public string File { get; }
    public int Line { get; }
    public Language Language { get; }
    public bool HasError => _errorCode is not null;
    public bool IsBlank => _categories.Count == 0 && System.Array.TrueForAll(_values, string.IsNullOrWhiteSpace);

    /// <summary>Sets a single-valued field; a second key for the same field is an error of the entry.</summary>
    public void Set(InventoryField field, string sourceName, string? value)
    {
        if (field == InventoryField.Categories)
        {
            AddCategory(value);
            return;
        }
        var i = (int)field;
        if (_sources[i] is { } first)
        {
            Fail("duplicate-key", InventoryText.Format(Language, "row.duplicate-key",
                InventoryText.Quote(first), InventoryText.Quote(sourceName), FieldNames.Canonical(field)));
            return;
        }
        _sources[i] = sourceName;
        _values[i] = value;
    }

    public void AddCategory(string? value)
    {
        if (!string.IsNullOrWhiteSpace(value)) _categories.Add(value!);
    }

    /// <summary>Records an error; the first one is the one reported.</summary>
    public void Fail(string code, string message)
    {
        if (_errorCode is not null) return;
        _errorCode = code;
        _errorMessage = message;
    }

    public void Warn(string code, string message) => (_warnings ??= new List<Message>()).Add(new Message(code, message));

    /// <summary>A wrong value type for a key: names the key, what it is and what was expected.</summary>
    public void WrongType(string key, string actualTypeKey, string expectedTypeKey) =>
        Fail("wrong-type", InventoryText.Format(Language, "row.wrong-type", InventoryText.Quote(key),
            Messages.Get(actualTypeKey).In(Language), Messages.Get(expectedTypeKey).In(Language)));

    public InventoryRecord Build()
    {
        var source = new SourceLocation(File, Line);
        var appId = _values[(int)InventoryField.AppId];
        if (_errorCode is not null)
        {
            var known = TextNormalizer.Clean(appId);
            return InventoryRecord.Failed(new RowError(_errorCode, _errorMessage!, source, known.Length == 0 ? null : InventoryText.Quote(known)));
        }
        return InventoryRecord.Ok(new InventoryRow
        {
            AppId = appId,
            Name = _values[(int)InventoryField.Name],
            EntityType = _values[(int)InventoryField.EntityType],
            Categories = _categories.ToArray(),
            Scenario = _values[(int)InventoryField.Scenario],
            Source = source,
            Warnings = _warnings is null ? System.Array.Empty<Message>() : _warnings.ToArray(),
        });
    }
}
