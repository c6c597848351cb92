using System.Collections.Generic;
using System.Runtime.CompilerServices;
using LiveAccess.Core.Domain;

namespace LiveAccess.Core.Reports;

/// <summary>
/// Verdicts by identity: the evaluator shares one object between all the programs it fits, and a
/// verdict's value equality (a record's: every string and list of it) costs far more than the
/// lookups it keys.
/// </summary>
internal sealed class SameVerdict : IEqualityComparer<Verdict>
{
    public static readonly SameVerdict Instance = new();

    public bool Equals(Verdict? x, Verdict? y) => ReferenceEquals(x, y);

    public int GetHashCode(Verdict obj) => RuntimeHelpers.GetHashCode(obj);
}
