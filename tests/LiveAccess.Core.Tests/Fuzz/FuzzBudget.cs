using System;
using System.Globalization;

namespace LiveAccess.Core.Tests.Fuzz;

/// <summary>
/// How much fuzzing a run does. The defaults keep the suite to seconds with fixed seeds; a longer
/// hunt sets <c>LIVEACCESS_FUZZ_SCALE</c> (a multiplier of the cases) and <c>LIVEACCESS_FUZZ_SEED</c>
/// (added to every seed), e.g. <c>LIVEACCESS_FUZZ_SCALE=50 LIVEACCESS_FUZZ_SEED=3 dotnet test --filter Fuzz</c>.
/// </summary>
internal static class FuzzBudget
{
    private static readonly int Scale = Read("LIVEACCESS_FUZZ_SCALE", 1);
    private static readonly int SeedOffset = Read("LIVEACCESS_FUZZ_SEED", 0);

    public static int Cases(int normal) => normal * Math.Max(1, Scale);

    public static Random Random(int seed) => new(seed + SeedOffset);

    private static int Read(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
