using System.Collections.Generic;

namespace LiveAccess.Cli.Arguments;

/// <summary>Where an option is listed in help.</summary>
internal enum OptionGroup
{
    Input,
    Rules,
    Output,
    Gate,
    General,
}

/// <summary>
/// One option a command accepts: <c>--name</c>, an optional short alias, the placeholder of its
/// value (null for a switch), and the message key of its help text.
/// </summary>
internal sealed record OptionSpec(string Name, string? ValueName, string HelpKey, OptionGroup Group)
{
    /// <summary>A one-letter alias such as <c>-i</c>.</summary>
    public string? Short { get; init; }
    /// <summary>May be given more than once (each value is kept).</summary>
    public bool Repeatable { get; init; }
    /// <summary>The only values accepted (case-insensitive), or null for any.</summary>
    public IReadOnlyList<string>? Choices { get; init; }
    /// <summary>True for an option that takes a value.</summary>
    public bool TakesValue => ValueName is not null;
}

/// <summary>A positional argument, such as the FILE of <c>rules validate FILE</c>.</summary>
internal sealed record ArgumentSpec(string Name, string HelpKey);
