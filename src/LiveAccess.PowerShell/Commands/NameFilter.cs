using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace LiveAccess.PowerShell.Commands;

/// <summary>Matches any of an object's names against the wildcard patterns a user gave (all when none).</summary>
internal sealed class NameFilter
{
    private readonly WildcardPattern[] _patterns;

    public NameFilter(IEnumerable<string>? patterns) =>
        _patterns = (patterns ?? Enumerable.Empty<string>()).Select(p => new WildcardPattern(p, WildcardOptions.IgnoreCase | WildcardOptions.CultureInvariant)).ToArray();

    /// <summary>True when no pattern was given or one matches one of the names.</summary>
    public bool Matches(IEnumerable<string?> names) =>
        _patterns.Length == 0 || names.Any(n => n is not null && _patterns.Any(p => p.IsMatch(n)));
}
