namespace LiveAccess.Cli.Tests.Hardening;

/// <summary>The programs of csv-formula-injection.csv.</summary>
internal static class Formula
{
    public static readonly string[] AppIds =
    {
        "wx1a2b3c4d5e6f7081", "wx2b3c4d5e6f708192", "wx3c4d5e6f708192a3", "wx4d5e6f708192a3b4", "wx5e6f708192a3b4c5", "wx6f708192a3b4c5d6",
    };
}
