using System;
using System.Collections.Generic;
using System.IO;

namespace LiveAccess.Core.Reports;

/// <summary>A report format: its name (<c>--format</c>), how to create its writer, and how its files are written.</summary>
/// <param name="Name">The name users type, e.g. <c>json</c>.</param>
/// <param name="Create">Creates the writer for a run.</param>
/// <param name="ByteOrderMarkInFiles">
/// Whether files of this format start with a UTF-8 byte order mark. CSV does: Excel on Windows
/// reads a CSV without one in the ANSI code page and garbles Chinese. Standard output never gets one.
/// </param>
/// <param name="Extensions">File extensions (with the dot) that imply this format for <c>--output</c>.</param>
public sealed record ReportFormat(string Name, Func<ReportContext, IDecisionWriter> Create, bool ByteOrderMarkInFiles, IReadOnlyList<string> Extensions);

/// <summary>
/// The report formats every front offers, by name. To add a format, write its
/// <see cref="IDecisionWriter"/> and add one line to <see cref="All"/>.
/// </summary>
public static class ReportFormats
{
    /// <summary>The default format: a table for people.</summary>
    public const string Default = "table";

    /// <summary>Every format, in the order help lists them.</summary>
    public static IReadOnlyList<ReportFormat> All { get; } = new[]
    {
        new ReportFormat("table", c => new TableDecisionWriter(c), false, new[] { ".txt" }),
        new ReportFormat("json", c => new JsonDecisionWriter(c), false, new[] { ".json" }),
        new ReportFormat("csv", c => new CsvDecisionWriter(c), true, new[] { ".csv" }),
        new ReportFormat("yaml", c => new YamlDecisionWriter(c), false, new[] { ".yaml", ".yml" }),
        new ReportFormat("markdown", c => new MarkdownDecisionWriter(c), false, new[] { ".md", ".markdown" }),
        // JUnit and NUnit are both .xml: name them with --format (or --report junit=FILE).
        new ReportFormat("junit", c => new JUnitDecisionWriter(c), false, Array.Empty<string>()),
        new ReportFormat("nunit", c => new NUnitDecisionWriter(c), false, Array.Empty<string>()),
        new ReportFormat("sarif", c => new SarifDecisionWriter(c), false, new[] { ".sarif" }),
    };

    /// <summary>The names, in order.</summary>
    public static IReadOnlyList<string> Names { get; } = NamesOf(All);

    // Loops rather than LINQ here: a single answer finds its format at start-up.
    private static string[] NamesOf(IReadOnlyList<ReportFormat> formats)
    {
        var names = new string[formats.Count];
        for (var i = 0; i < names.Length; i++) names[i] = formats[i].Name;
        return names;
    }

    /// <summary>The format with a name (case-insensitive), or null.</summary>
    public static ReportFormat? Find(string? name) =>
        name is null ? null : Named(name.Trim());

    private static ReportFormat? Named(string name)
    {
        foreach (var f in All)
            if (string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase)) return f;
        return null;
    }

    /// <summary>The format a file name implies by its extension, or null.</summary>
    public static ReportFormat? FromPath(string? path)
    {
        if (string.IsNullOrEmpty(path)) return null;
        var extension = Path.GetExtension(path);
        foreach (var f in All)
            foreach (var e in f.Extensions)
                if (string.Equals(e, extension, StringComparison.OrdinalIgnoreCase)) return f;
        return null;
    }
}
