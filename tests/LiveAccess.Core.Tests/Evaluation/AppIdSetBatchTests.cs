using System;
using System.Linq;
using LiveAccess.Core.Evaluation;

namespace LiveAccess.Core.Tests.Evaluation;

/// <summary>Adding AppIds a batch at a time says of each exactly what adding them one by one says, across growth.</summary>
public sealed class AppIdSetBatchTests
{
    [Fact]
    public void A_batch_finds_the_same_duplicates_as_one_by_one_across_growth()
    {
        var random = new Random(11);
        var one = new AppIdSet();
        var batched = new AppIdSet();
        var duplicates = 0;
        for (var round = 0; round < 400; round++)
        {
            var count = random.Next(0, 300);
            // Values from a small range repeat, within a batch and across batches; 0 too.
            var values = Enumerable.Range(0, count).Select(_ => random.Next(10) == 0 ? 0UL : (ulong)random.Next(60_000) * 0x9E3779B97F4A7C15UL).ToArray();
            var seen = new bool[count];
            batched.AddAll(values, count, seen);
            for (var i = 0; i < count; i++)
            {
                var expected = !one.Add(values[i]);
                Assert.Equal(expected, seen[i]);
                if (expected) duplicates++;
            }
        }
        Assert.True(duplicates > 1000, $"only {duplicates} duplicates were met");
    }
}
