using System;
using System.Collections.Generic;
using LiveAccess.Core.Text;

namespace LiveAccess.Core.Matrix;

/// <summary>The matrix formats by name (<c>liveaccess matrix --format</c>, <c>Export-CategoryMatrix -Format</c>).</summary>
public static class MatrixFormats
{
    private static readonly Dictionary<string, (string Extension, Func<Language, IMatrixWriter> Create)> ByName =
        new(StringComparer.OrdinalIgnoreCase)
        {
            ["csv"] = (".csv", _ => new MatrixCsvWriter()),
            ["markdown"] = (".md", l => new MatrixMarkdownWriter(l)),
            ["json"] = (".json", _ => new MatrixJsonWriter()),
            ["yaml"] = (".yaml", _ => new MatrixYamlWriter()),
            ["html"] = (".html", l => new MatrixHtmlWriter(l)),
        };

    /// <summary>The format names, in the order help shows them.</summary>
    public static IReadOnlyList<string> Names { get; } = new[] { "csv", "markdown", "json", "yaml", "html" };

    /// <summary>True when the name (case-insensitive; <c>md</c> and <c>yml</c> too) is a matrix format.</summary>
    public static bool IsKnown(string? name) => Canonical(name) is not null;

    /// <summary>A writer for a format; throws <see cref="ArgumentException"/> naming the valid formats.</summary>
    public static IMatrixWriter Create(string name, Language language)
    {
        var key = Canonical(name) ?? throw new ArgumentException(
            $"Unknown matrix format '{name}': use one of {string.Join(", ", Names)}.", nameof(name));
        return ByName[key].Create(language);
    }

    /// <summary>The usual file extension of a format (with the dot).</summary>
    public static string Extension(string name) => ByName[Canonical(name) ?? throw new ArgumentException("Unknown format.", nameof(name))].Extension;

    /// <summary>
    /// True when a file of the format starts with a UTF-8 byte order mark: CSV, so that Excel on
    /// Chinese Windows reads it as UTF-8.
    /// </summary>
    public static bool ByteOrderMarkInFiles(string name) => Canonical(name) == "csv";

    /// <summary>The format a file name suggests (<c>.html</c>, <c>.md</c>...), or null.</summary>
    public static string? FromExtension(string? path)
    {
        var ext = System.IO.Path.GetExtension(path ?? string.Empty).ToUpperInvariant();
        return ext switch
        {
            ".CSV" => "csv",
            ".MD" or ".MARKDOWN" => "markdown",
            ".JSON" => "json",
            ".YAML" or ".YML" => "yaml",
            ".HTML" or ".HTM" => "html",
            _ => null,
        };
    }

    private static string? Canonical(string? name)
    {
        var n = name?.Trim().ToUpperInvariant();
        return n switch
        {
            "CSV" => "csv",
            "MARKDOWN" or "MD" => "markdown",
            "JSON" => "json",
            "YAML" or "YML" => "yaml",
            "HTML" or "HTM" => "html",
            _ => null,
        };
    }
}
