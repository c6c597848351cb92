using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using LiveAccess.Core.Evaluation;

namespace LiveAccess.Core.Tests.Evaluation;

/// <summary>Reading ahead on another thread keeps order, hands failures on in place, and stops with its consumer.</summary>
public sealed class ReadAheadTests
{
    [Theory]
    [InlineData(0, 1, 1)]
    [InlineData(1, 512, 8)]
    [InlineData(10_000, 512, 8)]
    [InlineData(10_001, 7, 2)]
    public void Every_item_comes_once_in_order(int count, int batch, int batches)
    {
        Assert.Equal(Enumerable.Range(0, count), new ReadAhead<int>(Enumerable.Range(0, count), batch, batches));
    }

    [Fact]
    public void Weighed_items_come_once_in_order_whatever_they_weigh()
    {
        // Every third item stands for a hundred: batches close on weight, not on count.
        var items = Enumerable.Range(0, 5_000).ToList();
        Assert.Equal(items, new ReadAhead<int>(items, 64, 2, weight: i => i % 3 == 0 ? 100 : 1));
        Assert.Equal(items, new ReadAhead<int>(items, 64, 2, weight: _ => 0));
    }

    [Fact]
    public void Heavy_items_are_held_ahead_by_weight_not_by_count()
    {
        var source = new Endless();
        using (var items = new ReadAhead<int>(source, 16, 2, weight: _ => 16).GetEnumerator())
            for (var i = 0; i < 100; i++) Assert.True(items.MoveNext());
        Assert.True(source.Disposed.Wait(TimeSpan.FromSeconds(10)), "the source was not disposed");
        // Each item fills a batch: two batches ahead, one being filled, one being read.
        Assert.True(source.Produced <= 100 + 4, $"produced {source.Produced} heavy items for a consumer that took 100");
    }

    [Fact]
    public void The_items_are_produced_on_another_thread()
    {
        var consumer = Environment.CurrentManagedThreadId;
        var threads = new ReadAhead<int>(Enumerable.Range(0, 100).Select(_ => Environment.CurrentManagedThreadId), 10, 2).ToList();
        Assert.All(threads, t => Assert.NotEqual(consumer, t));
    }

    [Fact]
    public void A_failure_arrives_after_the_items_before_it_and_as_itself()
    {
        static IEnumerable<int> Failing()
        {
            for (var i = 0; i < 1000; i++) yield return i;
            throw new InvalidDataException("row 1000");
        }
        var seen = new List<int>();
        var ex = Assert.Throws<InvalidDataException>(() =>
        {
            foreach (var i in new ReadAhead<int>(Failing(), 64, 2)) seen.Add(i);
        });
        Assert.Equal("row 1000", ex.Message);
        Assert.Equal(Enumerable.Range(0, 1000), seen);
    }

    [Fact]
    public void A_consumer_that_stops_stops_the_producer_and_the_source_is_disposed()
    {
        var source = new Endless();
        using (var items = new ReadAhead<int>(source, 16, 2).GetEnumerator())
            for (var i = 0; i < 100; i++) Assert.True(items.MoveNext());
        Assert.True(source.Disposed.Wait(TimeSpan.FromSeconds(10)), "the source was not disposed");
        var produced = source.Produced;
        Thread.Sleep(50);
        Assert.Equal(produced, source.Produced);
        Assert.True(produced < 100 + 16 * 4, $"produced {produced} items for a consumer that took 100");
    }

    private sealed class Endless : IEnumerable<int>
    {
        public ManualResetEventSlim Disposed { get; } = new();
        public int Produced;

        public IEnumerator<int> GetEnumerator()
        {
            try
            {
                while (true) yield return Interlocked.Increment(ref Produced);
            }
            finally
            {
                Disposed.Set();
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
