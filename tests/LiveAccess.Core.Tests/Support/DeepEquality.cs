using System;
using System.Collections;
using System.Linq;
using System.Reflection;

namespace LiveAccess.Core.Tests.Support;

/// <summary>
/// Compares two object graphs by their public properties, lists element by element, and says
/// where they differ: for checking that a copy made another way (a precompiled form read back)
/// holds every field the original holds.
/// </summary>
internal static class DeepEquality
{
    /// <summary>Null when the graphs are equal, else the path of the first difference and both values.</summary>
    public static string? FirstDifference(object? expected, object? actual, string path = "$")
    {
        if (expected is null || actual is null)
            return expected is null && actual is null ? null : $"{path}: expected {Show(expected)}, got {Show(actual)}";
        var type = expected.GetType();
        if (type != actual.GetType()
            && !(expected is IEnumerable && actual is IEnumerable && expected is not string && actual is not string))
            return $"{path}: expected a {type.Name}, got a {actual.GetType().Name}";
        if (expected is string || type.IsPrimitive || type.IsEnum || type.IsValueType)
            return Equals(expected, actual) ? null : $"{path}: expected {Show(expected)}, got {Show(actual)}";
        if (expected is IEnumerable expectedItems)
        {
            var left = expectedItems.Cast<object?>().ToList();
            var right = ((IEnumerable)actual).Cast<object?>().ToList();
            if (left.Count != right.Count) return $"{path}: expected {left.Count} items, got {right.Count}";
            for (var i = 0; i < left.Count; i++)
                if (FirstDifference(left[i], right[i], $"{path}[{i}]") is { } difference) return difference;
            return null;
        }
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0) continue;
            if (FirstDifference(property.GetValue(expected), property.GetValue(actual), path + "." + property.Name) is { } difference)
                return difference;
        }
        return null;
    }

    private static string Show(object? value) => value is null ? "null" : "'" + value + "'";
}
