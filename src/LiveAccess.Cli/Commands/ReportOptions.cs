using LiveAccess.Cli.Arguments;
using LiveAccess.Core.Ci;

namespace LiveAccess.Cli.Commands;

/// <summary>The options of the CI-facing reports: extra report files and CI annotations.</summary>
internal static class ReportOptions
{
    /// <summary><c>--report FORMAT=FILE</c>: one more report file from the same run (repeatable).</summary>
    public static readonly OptionSpec Report = new("--report", "FORMAT=FILE", "help.option.report", OptionGroup.Output) { Repeatable = true };

    /// <summary><c>--annotations github|azure|none</c>: CI log commands; detected from the environment by default.</summary>
    public static readonly OptionSpec Annotations = new("--annotations", "CI", "help.option.annotations", OptionGroup.Gate) { Choices = CiSystems.Names };
}
