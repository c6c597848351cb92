using System.Linq;
using LiveAccess.Core.Evaluation;

namespace LiveAccess.Core.Tests.Evaluation;

/// <summary>A table's new slots, each page written first, are as new: as many as asked, every slot its default, whatever the slot's size.</summary>
public sealed class FreshPagesTests
{
    private readonly struct Wide
    {
        public Wide(long a, long b, long c, long d)
        {
            A = a;
            B = b;
            C = c;
            D = d;
        }

        public long A { get; }
        public long B { get; }
        public long C { get; }
        public long D { get; }
    }

    [Theory]
    [InlineData(10)]
    [InlineData(512 * 16 - 1)]
    [InlineData(512 * 16)]
    [InlineData(1 << 20)]
    [InlineData(1_000_003)]
    public void A_new_ulong_table_stays_all_zero(int length)
    {
        var slots = FreshPages.NewSlots<ulong>(length);
        Assert.Equal(length, slots.Length);
        Assert.All(slots, slot => Assert.Equal(0UL, slot));
    }

    [Fact]
    public void A_new_table_of_wide_entries_or_references_stays_all_default()
    {
        var entries = FreshPages.NewSlots<Wide>(300_001);
        Assert.Equal(300_001, entries.Length);
        Assert.True(entries.All(e => e.A == 0 && e.B == 0 && e.C == 0 && e.D == 0));
        var references = FreshPages.NewSlots<string?>(200_000);
        Assert.Equal(200_000, references.Length);
        Assert.All(references, Assert.Null);
    }

    [Fact]
    public void An_empty_table_is_made_empty()
    {
        Assert.Empty(FreshPages.NewSlots<ulong>(0));
    }
}
