using System;
using System.Collections.Generic;

namespace LiveAccess.Cli.Arguments;

/// <summary>What the parser found on a command line: option values and positional arguments.</summary>
internal sealed class ParsedArguments
{
    // By identity (options are the commands' own static specs, and a record's hash of every field
    // costs for nothing), in two parallel lists searched in order: a command line names a handful
    // of options, and a dictionary keyed by a type of ours is a dozen more generic types to load
    // when a single answer starts.
    private readonly List<OptionSpec> _given = new();
    private readonly List<List<string>> _values = new();

    /// <summary>Positional arguments, in order.</summary>
    public List<string> Positionals { get; } = new();

    /// <summary>True when the option was given.</summary>
    public bool Has(OptionSpec option) => IndexOf(option) >= 0;

    /// <summary>The option's value, or null when it was not given.</summary>
    public string? Value(OptionSpec option) =>
        IndexOf(option) is var i and >= 0 && _values[i] is { Count: > 0 } values ? values[values.Count - 1] : null;

    /// <summary>Every value of a repeatable option, in order.</summary>
    public IReadOnlyList<string> Values(OptionSpec option) =>
        IndexOf(option) is var i and >= 0 ? _values[i] : Array.Empty<string>();

    /// <summary>Records an option (and its value, for options that take one).</summary>
    public void Add(OptionSpec option, string? value)
    {
        var i = IndexOf(option);
        if (i < 0)
        {
            i = _given.Count;
            _given.Add(option);
            _values.Add(new List<string>());
        }
        if (value is not null) _values[i].Add(value);
    }

    private int IndexOf(OptionSpec option)
    {
        for (var i = 0; i < _given.Count; i++)
            if (ReferenceEquals(_given[i], option)) return i;
        return -1;
    }
}
