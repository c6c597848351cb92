using System;
using System.Collections.Generic;
using System.Linq;

namespace LiveAccess.Core.Matrix;

/// <summary>Numbers the distinct conditions of a matrix in the order they are first met, for footnotes.</summary>
internal sealed class ConditionNotes
{
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);

    public ConditionNotes(CategoryMatrix matrix)
    {
        foreach (var row in matrix.Categories)
            foreach (var p in matrix.Plans)
                foreach (var o in row.Cell(p.Id).Openings) Add(o.Conditions);
        foreach (var row in matrix.Scenarios)
            foreach (var p in matrix.Plans)
                foreach (var o in row.Cell(p.Id).Openers) Add(o.Conditions);
    }

    /// <summary>The conditions in footnote order.</summary>
    public List<MatrixCondition> All { get; } = new();

    /// <summary>The footnote number of a condition (1-based).</summary>
    public int Number(MatrixCondition condition) => _numbers[condition.Code];

    /// <summary>Footnote numbers of some conditions, e.g. <c>1,3</c>.</summary>
    public string Numbers(IEnumerable<MatrixCondition> conditions) => string.Join(",", conditions.Select(Number));

    private void Add(IReadOnlyList<MatrixCondition> conditions)
    {
        foreach (var c in conditions)
        {
            if (_numbers.ContainsKey(c.Code)) continue;
            All.Add(c);
            _numbers[c.Code] = All.Count;
        }
    }
}
