using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using LiveAccess.Core.Reports;

namespace LiveAccess.Core.Matrix;

/// <summary>The matrix as JSON: vendors, plans, categories and scenarios with their cells, sources; names in both languages.</summary>
public sealed class MatrixJsonWriter : IMatrixWriter
{
    /// <inheritdoc />
    public void Write(CategoryMatrix matrix, TextWriter output)
    {
        if (matrix is null) throw new ArgumentNullException(nameof(matrix));
        if (output is null) throw new ArgumentNullException(nameof(output));
        using var stream = new JsonTextStream(output);
        WriteValue(stream.Json, MatrixTree.Build(matrix));
        stream.Drain();
        output.Write('\n');
        output.Flush();
    }

    private static void WriteValue(Utf8JsonWriter j, object? value)
    {
        switch (value)
        {
            case null: j.WriteNullValue(); break;
            case string s: j.WriteStringValue(s); break;
            case bool b: j.WriteBooleanValue(b); break;
            case MatrixTree.Map map:
                j.WriteStartObject();
                foreach (var kv in map) { j.WritePropertyName(kv.Key); WriteValue(j, kv.Value); }
                j.WriteEndObject();
                break;
            case List<object?> list:
                j.WriteStartArray();
                foreach (var item in list) WriteValue(j, item);
                j.WriteEndArray();
                break;
            default: throw new InvalidOperationException("Unexpected matrix value " + value.GetType());
        }
    }
}
