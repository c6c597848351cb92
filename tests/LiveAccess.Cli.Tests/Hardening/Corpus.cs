using System.IO;

namespace LiveAccess.Cli.Tests.Hardening;

/// <summary>The committed corpus of malformed and hostile files (tests/corpus).</summary>
internal static class Corpus
{
    public static string Root { get; } = Path.Combine(Cli.RepoRoot, "tests", "corpus");

    public static string Inventory(string name) => Path.Combine(Root, "inventory", name);

    public static string Rules(string name) => Path.Combine(Root, "rules", name);
}
