using System;
using System.Collections.Generic;

namespace LiveAccess.Cli.Arguments;

/// <summary>What the parser found on a command line: option values and positional arguments.</summary>
internal sealed class ParsedArguments
{
    // By identity: options are the commands' own static specs (and a record's hash of every field
    // costs a single answer start-up time for nothing).
    private readonly Dictionary<OptionSpec, List<string>> _options = new(ReferenceEqualityComparer.Instance);

    /// <summary>Positional arguments, in order.</summary>
    public List<string> Positionals { get; } = new();

    /// <summary>True when the option was given.</summary>
    public bool Has(OptionSpec option) => _options.ContainsKey(option);

    /// <summary>The option's value, or null when it was not given.</summary>
    public string? Value(OptionSpec option) =>
        _options.TryGetValue(option, out var values) && values.Count > 0 ? values[values.Count - 1] : null;

    /// <summary>Every value of a repeatable option, in order.</summary>
    public IReadOnlyList<string> Values(OptionSpec option) =>
        _options.TryGetValue(option, out var values) ? values : Array.Empty<string>();

    /// <summary>Records an option (and its value, for options that take one).</summary>
    public void Add(OptionSpec option, string? value)
    {
        if (!_options.TryGetValue(option, out var values)) _options[option] = values = new List<string>();
        if (value is not null) values.Add(value);
    }
}
