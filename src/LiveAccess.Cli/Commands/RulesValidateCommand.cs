using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using LiveAccess.Cli.Arguments;
using LiveAccess.Cli.Output;
using LiveAccess.Core.Rules;

namespace LiveAccess.Cli.Commands;

/// <summary>
/// <c>liveaccess rules validate FILE</c>: loads a rule file exactly as <c>--rules</c> would and says
/// OK with its counts, or lists every problem as <c>file:line:col: message</c> (exit 2).
/// </summary>
internal sealed class RulesValidateCommand : ICliCommand
{
    private static readonly OptionSpec[] ValidateOptions =
    {
        CommonOptions.ListingFormat, CommonOptions.Lang, CommonOptions.Debug, CommonOptions.Help,
    };

    public string Name => "rules validate";
    public string SummaryKey => "help.command.rules-validate";
    public IReadOnlyList<string> Usage { get; } = new[] { "rules validate FILE [--format table|json|csv]" };
    public IReadOnlyList<OptionSpec> Options => ValidateOptions;
    public IReadOnlyList<ArgumentSpec> Arguments { get; } = new[] { new ArgumentSpec("FILE", "help.argument.rules-file") };
    public IReadOnlyList<string> HelpNotes { get; } = new[] { "help.note.exit-codes-validate" };

    public int Run(CliSession session, ParsedArguments arguments)
    {
        var path = arguments.Positionals[0];
        var format = arguments.Value(CommonOptions.ListingFormat) ?? "table";
        session.Activity = () => session.Format("cli.activity.rules", path);
        RuleSet? rules = null;
        IReadOnlyList<RuleFileError> errors = Array.Empty<RuleFileError>();
        try
        {
            rules = RuleSetLoader.LoadFile(path, session.Language);
        }
        catch (RuleFileException ex)
        {
            errors = ex.Errors;
        }

        foreach (var error in errors) session.Error.WriteLine(error.ToString());
        if (format == "table")
        {
            if (rules is not null)
                session.Out.WriteLine(session.Format("cli.rules.valid", path, rules.Version, rules.Plans.Count, rules.Scenarios.Count,
                    rules.Routes.Count, rules.Categories.All.Count, rules.Sources.Count));
        }
        else if (format == "json")
        {
            WriteJson(session, path, rules, errors);
        }
        else
        {
            var listing = new Listing(
                new ListingColumn("file", "list.header.file"),
                new ListingColumn("line", "list.header.line"),
                new ListingColumn("column", "list.header.column"),
                new ListingColumn("message", "list.header.message"));
            foreach (var e in errors) listing.Add(e.File, e.Line, e.Column, e.Message);
            ListingWriter.Write(listing, format, session.Out, session);
        }
        if (rules is not null) return ExitCodes.Success;
        session.Fail(session.Format("cli.rules.invalid", path, errors.Count));
        return ExitCodes.InputError;
    }

    private static void WriteJson(CliSession session, string path, RuleSet? rules, IReadOnlyList<RuleFileError> errors)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("file", path);
            json.WriteBoolean("valid", rules is not null);
            json.WriteString("version", rules?.Version);
            json.WriteNumber("plans", rules?.Plans.Count ?? 0);
            json.WriteNumber("scenarios", rules?.Scenarios.Count ?? 0);
            json.WriteNumber("routes", rules?.Routes.Count ?? 0);
            json.WriteNumber("categories", rules?.Categories.All.Count ?? 0);
            json.WriteNumber("sources", rules?.Sources.Count ?? 0);
            json.WriteStartArray("errors");
            foreach (var e in errors)
            {
                json.WriteStartObject();
                json.WriteString("file", e.File);
                json.WriteNumber("line", e.Line);
                json.WriteNumber("column", e.Column);
                json.WriteString("message", e.Message);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        session.Out.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }
}
