using System;
using System.Collections.Generic;
using LiveAccess.Cli.Arguments;
using LiveAccess.Cli.Commands;
using LiveAccess.Core.Domain;
using LiveAccess.Core.Inventory;

namespace LiveAccess.Cli.Running;

/// <summary>
/// The programs a deciding command works on: an inventory file (<c>--input</c>, <c>-</c> for
/// standard input) read row by row, or one program described by flags.
/// </summary>
internal sealed class InputSource
{
    private static readonly OptionSpec[] ProgramFlags =
    {
        CommonOptions.AppId, CommonOptions.Entity, CommonOptions.Category, CommonOptions.Scenario, CommonOptions.Name,
    };

    private InputSource(string? path, InventoryOptions? options, InventoryRow? row)
    {
        Path = path;
        Options = options;
        Row = row;
    }

    /// <summary>The inventory path (<c>-</c> for standard input), or null for flags.</summary>
    public string? Path { get; }
    private InventoryOptions? Options { get; }
    private InventoryRow? Row { get; }

    /// <summary>True for an inventory file (not standard input, not the flags).</summary>
    public bool IsFile => Path is not (null or InventoryReader.StandardInput);

    /// <summary>What users see in messages: the file, "standard input" or "the command-line flags".</summary>
    public string Describe(CliSession session) =>
        Path is null ? session.Text("cli.input.flags") : Path == "-" ? session.Text("cli.input.stdin") : Path;

    /// <summary>Checks the input options and chooses the source; usage mistakes throw before any work.</summary>
    public static InputSource From(ParsedArguments arguments, CliSession session)
    {
        var path = arguments.Value(CommonOptions.Input);
        if (path is not null)
        {
            foreach (var flag in ProgramFlags)
                if (arguments.Has(flag)) throw new UsageException(session.Format("cli.usage.input-and-flags", flag.Name));
            var options = new InventoryOptions
            {
                Language = session.Language,
                Encoding = arguments.Value(CommonOptions.Encoding) is { } name ? Encoding(name, session) : null,
                Format = arguments.Value(CommonOptions.InputFormat) switch
                {
                    "csv" => InventoryFormat.Csv,
                    "json" => InventoryFormat.Json,
                    "yaml" => InventoryFormat.Yaml,
                    _ => null,
                },
            };
            return new InputSource(path, options, null);
        }

        foreach (var fileOnly in new[] { CommonOptions.Encoding, CommonOptions.InputFormat })
            if (arguments.Has(fileOnly)) throw new UsageException(session.Format("cli.usage.needs-input", fileOnly.Name));
        if (!arguments.Has(CommonOptions.AppId))
        {
            foreach (var flag in ProgramFlags)
                if (arguments.Has(flag)) throw new UsageException(session.Format("cli.usage.app-id-required", flag.Name));
            throw new UsageException(session.Text("cli.usage.no-input"));
        }
        if (!arguments.Has(CommonOptions.Entity)) throw new UsageException(session.Text("cli.usage.entity-required"));
        return new InputSource(null, null, new InventoryRow
        {
            AppId = arguments.Value(CommonOptions.AppId),
            Name = arguments.Value(CommonOptions.Name),
            EntityType = arguments.Value(CommonOptions.Entity),
            Categories = arguments.Values(CommonOptions.Category),
            Scenario = arguments.Value(CommonOptions.Scenario),
        });
    }

    // The names every front accepts (the core's list, code pages included); an unknown one is a usage error.
    private static System.Text.Encoding Encoding(string name, CliSession session)
    {
        try
        {
            return InventoryEncodings.Get(name);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            // NotSupportedException: a name .NET knows but will not decode (UTF-7).
            throw new UsageException(session.Format("cli.usage.bad-encoding", name));
        }
    }

    /// <summary>The records, read lazily (an inventory is never held in memory).</summary>
    public IEnumerable<InventoryRecord> Records() =>
        Row is not null
            ? One(Row)
            : InventoryReader.Open(Path ?? throw new InvalidOperationException("No input."), Options!);

    /// <summary>The records of the inventory file, less the lines <paramref name="shortcut"/> answers straight from their bytes.</summary>
    public IEnumerable<InventoryRecord> FileRecords(RowShortcut shortcut) =>
        IsFile ? InventoryReader.Open(Path!, Options! with { Shortcut = shortcut }) : throw new InvalidOperationException("Not a file.");

    // An iterator of its own rather than an array: enumerating an array of a core struct through
    // IEnumerable would compile code when a single answer starts.
    private static IEnumerable<InventoryRecord> One(InventoryRow row)
    {
        yield return InventoryRecord.Ok(row);
    }
}
