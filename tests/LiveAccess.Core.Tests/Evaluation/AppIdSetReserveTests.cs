using System;
using System.IO;
using System.Linq;
using LiveAccess.Core.Evaluation;
using LiveAccess.Core.Rules;
using LiveAccess.Core.Text;

namespace LiveAccess.Core.Tests.Evaluation;

/// <summary>The duplicate check sized ahead for a file: no growth for the rows the file holds, the same answers, and a hint never a limit.</summary>
public sealed class AppIdSetReserveTests
{
    [Fact]
    public void A_reserved_set_holds_that_many_AppIds_without_growing_and_answers_as_a_growing_one()
    {
        var reserved = new AppIdSet();
        reserved.Reserve(50_000);
        var slots = reserved.SlotCount;
        Assert.True(slots * 3 >= 50_001 * 4, $"{slots} slots cannot hold 50 000 AppIds at three quarters full");
        var growing = new AppIdSet();
        var random = new Random(5);
        for (var i = 0; i < 50_000; i++)
        {
            var value = (ulong)random.Next(40_000) * 0x9E3779B97F4A7C15UL + 1;
            Assert.Equal(growing.Add(value), reserved.Add(value));
        }
        Assert.Equal(slots, reserved.SlotCount);
        Assert.True(growing.SlotCount <= slots);
    }

    [Fact]
    public void Reserving_counts_the_AppIds_already_held_and_more_than_reserved_still_fit()
    {
        var set = new AppIdSet();
        for (ulong i = 1; i <= 3000; i++) set.Add(i);
        var before = set.SlotCount;
        set.Reserve(3000);
        Assert.True(set.SlotCount * 3 >= 6001 * 4, $"{set.SlotCount} slots for 6 000 AppIds");
        Assert.True(set.SlotCount > before);
        for (ulong i = 1; i <= 20_000; i++) Assert.Equal(i > 3000, set.Add(i));
        Assert.False(set.Add(17));
    }

    [Fact]
    public void A_run_sizes_its_duplicate_check_from_the_input_file_and_caps_the_hint()
    {
        var small = new DecisionRun(RuleSetLoader.Default, Language.English);
        var untouched = small.DuplicateCheckSlots;
        small.ExpectInput(0);
        Assert.Equal(untouched, small.DuplicateCheckSlots);

        var path = Path.Combine(Path.GetTempPath(), "la-expect-" + Guid.NewGuid().ToString("N") + ".csv");
        try
        {
            using (var file = File.Create(path)) file.SetLength(64L * 100_000);
            var run = new DecisionRun(RuleSetLoader.Default, Language.English);
            run.ExpectInputFile(path);
            Assert.True(run.DuplicateCheckSlots * 3 >= 100_001 * 4, $"{run.DuplicateCheckSlots} slots for a file of 100 000 rows");
        }
        finally
        {
            File.Delete(path);
        }

        var missing = new DecisionRun(RuleSetLoader.Default, Language.English);
        missing.ExpectInputFile(Path.Combine(Path.GetTempPath(), "la-no-such-" + Guid.NewGuid().ToString("N") + ".csv"));
        Assert.Equal(untouched, missing.DuplicateCheckSlots);

        var huge = new DecisionRun(RuleSetLoader.Default, Language.English);
        huge.ExpectInput(long.MaxValue);
        Assert.True(huge.DuplicateCheckSlots <= 4 * 1024 * 1024, $"{huge.DuplicateCheckSlots} slots reserved for a hint past the cap");
    }
}
