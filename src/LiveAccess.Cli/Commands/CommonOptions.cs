using System.Collections.Generic;
using LiveAccess.Cli.Arguments;
using LiveAccess.Core.Reports;

namespace LiveAccess.Cli.Commands;

/// <summary>The options several commands share, defined once so their names and help agree.</summary>
internal static class CommonOptions
{
    // Input: a file, or one program from flags.
    public static readonly OptionSpec Input = new("--input", "FILE", "help.option.input", OptionGroup.Input) { Short = "-i" };
    public static readonly OptionSpec InputFormat = new("--input-format", "FORMAT", "help.option.input-format", OptionGroup.Input) { Choices = new[] { "csv", "json", "yaml" } };
    public static readonly OptionSpec Encoding = new("--encoding", "NAME", "help.option.encoding", OptionGroup.Input);
    public static readonly OptionSpec AppId = new("--app-id", "APPID", "help.option.app-id", OptionGroup.Input);
    public static readonly OptionSpec Name = new("--name", "TEXT", "help.option.name", OptionGroup.Input);
    public static readonly OptionSpec Entity = new("--entity", "TYPE", "help.option.entity", OptionGroup.Input);
    public static readonly OptionSpec Category = new("--category", "PAIR", "help.option.category", OptionGroup.Input) { Repeatable = true };
    public static readonly OptionSpec Scenario = new("--scenario", "ID", "help.option.scenario", OptionGroup.Input);

    // Rules.
    public static readonly OptionSpec Rules = new("--rules", "FILE", "help.option.rules", OptionGroup.Rules);

    // Output.
    public static readonly OptionSpec DecisionFormat = new("--format", "FORMAT", "help.option.format", OptionGroup.Output) { Short = "-f", Choices = ReportFormats.Names };
    public static readonly OptionSpec ListingFormat = new("--format", "FORMAT", "help.option.format-listing", OptionGroup.Output) { Short = "-f", Choices = new[] { "table", "json", "csv" } };
    public static readonly OptionSpec Output = new("--output", "FILE", "help.option.output", OptionGroup.Output) { Short = "-o" };
    public static readonly OptionSpec Force = new("--force", null, "help.option.force", OptionGroup.Output);

    // Gate.
    public static readonly OptionSpec FailOn = new("--fail-on", "OUTCOME", "help.option.fail-on", OptionGroup.Gate) { Choices = new[] { "ineligible", "conditional" } };

    // General (also accepted before the command).
    public static readonly OptionSpec Lang = new("--lang", "en|zh-CN", "help.option.lang", OptionGroup.General);
    public static readonly OptionSpec Debug = new("--debug", null, "help.option.debug", OptionGroup.General);
    public static readonly OptionSpec Help = new("--help", null, "help.option.help", OptionGroup.General) { Short = "-h" };

    /// <summary>Options of the commands that decide programs (plan, check).</summary>
    public static IReadOnlyList<OptionSpec> Deciding { get; } = new[]
    {
        Input, AppId, Entity, Category, Scenario, Name, InputFormat, Encoding,
        Rules,
        DecisionFormat, Output, Force,
        Lang, Debug, Help,
    };

    /// <summary>Options of the commands that list the rule set (categories, scenarios).</summary>
    public static IReadOnlyList<OptionSpec> Listing { get; } = new[]
    {
        Rules, ListingFormat, Output, Force, Lang, Debug, Help,
    };

    /// <summary>Options and gate options together.</summary>
    public static IReadOnlyList<OptionSpec> With(IReadOnlyList<OptionSpec> options, params OptionSpec[] more)
    {
        var list = new List<OptionSpec>(options);
        list.InsertRange(list.IndexOf(Lang), more);
        return list;
    }
}
