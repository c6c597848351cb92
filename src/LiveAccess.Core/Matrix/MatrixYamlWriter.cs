using System;
using System.Collections.Generic;
using System.IO;
using LiveAccess.Core.Reports;

namespace LiveAccess.Core.Matrix;

/// <summary>The matrix as YAML, with the same fields as the JSON form.</summary>
public sealed class MatrixYamlWriter : IMatrixWriter
{
    /// <inheritdoc />
    public void Write(CategoryMatrix matrix, TextWriter output)
    {
        if (matrix is null) throw new ArgumentNullException(nameof(matrix));
        if (output is null) throw new ArgumentNullException(nameof(output));
        var y = new YamlWriter(output);
        WriteValue(y, MatrixTree.Build(matrix));
        output.Flush();
    }

    private static void WriteValue(YamlWriter y, object? value)
    {
        switch (value)
        {
            case null: y.String(null); break;
            case string s: y.String(s); break;
            case bool b: y.Bool(b); break;
            case MatrixTree.Map map:
                y.BeginMap();
                foreach (var kv in map) { y.Key(kv.Key); WriteValue(y, kv.Value); }
                y.EndMap();
                break;
            case List<object?> list:
                y.BeginList();
                foreach (var item in list) WriteValue(y, item);
                y.EndList();
                break;
            default: throw new InvalidOperationException("Unexpected matrix value " + value.GetType());
        }
    }
}
