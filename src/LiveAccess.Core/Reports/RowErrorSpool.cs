using System;
using System.Collections.Generic;
using System.Text.Json;
using LiveAccess.Core.Domain;

namespace LiveAccess.Core.Reports;

/// <summary>
/// Refused rows kept aside (one JSON line each) until a document reaches its errors section,
/// so a file full of bad rows costs disk, not memory.
/// </summary>
internal sealed class RowErrorSpool : IDisposable
{
    private readonly TextSpool _spool = new();

    public long Count { get; private set; }

    public void Add(RowError error)
    {
        if (error is null) throw new ArgumentNullException(nameof(error));
        _spool.WriteLine(JsonSerializer.Serialize(new object?[] { error.Code, error.Message, error.AppId, error.Source?.File, error.Source?.Line ?? 0 }));
        Count++;
    }

    public IEnumerable<RowError> ReadAll()
    {
        foreach (var line in _spool.ReadLines())
        {
            using var doc = JsonDocument.Parse(line);
            var a = doc.RootElement;
            var file = a[3].ValueKind == JsonValueKind.String ? a[3].GetString() : null;
            var source = file is null ? null : new SourceLocation(file, a[4].GetInt32());
            var appId = a[2].ValueKind == JsonValueKind.String ? a[2].GetString() : null;
            yield return new RowError(a[0].GetString() ?? string.Empty, a[1].GetString() ?? string.Empty, source, appId);
        }
    }

    public void Dispose() => _spool.Dispose();
}
