using System;
using System.IO;
using LiveAccess.Cli.Arguments;
using LiveAccess.Cli.Commands;
using LiveAccess.Cli.Running;

namespace LiveAccess.Cli.Output;

/// <summary>Writes a listing where <c>--format</c> and <c>--output</c> say (CSV files get a UTF-8 BOM for Excel).</summary>
internal static class ListingOutput
{
    public static void Write(CliSession session, ParsedArguments arguments, Listing listing)
    {
        var path = arguments.Value(CommonOptions.Output);
        var format = arguments.Value(CommonOptions.ListingFormat) ?? FromExtension(path) ?? "table";
        using var target = ReportTarget.Open(path, arguments.Has(CommonOptions.Force), format == "csv", session);
        ListingWriter.Write(listing, format, target.Writer, session);
        target.Commit();
        if (target.Path is not null) session.Error.WriteLine(session.Format("cli.output.written", format, target.Path));
    }

    private static string? FromExtension(string? path) =>
        Path.GetExtension(path ?? string.Empty).ToUpperInvariant() switch
        {
            ".JSON" => "json",
            ".CSV" => "csv",
            _ => null,
        };
}
