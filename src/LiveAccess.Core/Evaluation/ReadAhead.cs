using System;
using System.Collections;
using System.Collections.Generic;
using System.Runtime.ExceptionServices;
using System.Threading;

namespace LiveAccess.Core.Evaluation;

/// <summary>
/// Runs an enumeration on a thread of its own, a bounded number of items ahead of the consumer,
/// and hands the items on in their order: reading and deciding an inventory on one core while
/// the report is written on the other. Items go over in batches (a handful of thread switches per
/// thousand items), so it suits inputs that never keep the producer waiting long (files, not an
/// interactive pipe, whose items would wait for their batch to fill). An exception of the
/// enumeration reaches the consumer after the items before it, as itself. A consumer that stops
/// early stops the producer, which disposes the enumeration on its own thread.
/// </summary>
public sealed class ReadAhead<T> : IEnumerable<T>
{
    private readonly IEnumerable<T> _source;
    private readonly int _batchSize;
    private readonly int _maxBatches;
    private readonly Func<T, int>? _weight;

    /// <summary>
    /// Reads <paramref name="source"/> ahead, <paramref name="batchSize"/> items per hand-over, at
    /// most <paramref name="maxBatches"/> batches ahead. With <paramref name="weight"/>, a batch is
    /// handed over once its items weigh <paramref name="batchSize"/> (an item that stands for many
    /// weighs more), so that neither the hand-overs nor the items held ahead vary with the mix.
    /// </summary>
    public ReadAhead(IEnumerable<T> source, int batchSize = 512, int maxBatches = 8, Func<T, int>? weight = null)
    {
        if (batchSize < 1) throw new ArgumentOutOfRangeException(nameof(batchSize));
        if (maxBatches < 1) throw new ArgumentOutOfRangeException(nameof(maxBatches));
        _source = source ?? throw new ArgumentNullException(nameof(source));
        _batchSize = batchSize;
        _maxBatches = maxBatches;
        _weight = weight;
    }

    /// <summary>Starts the producing thread on the first <c>MoveNext</c>; one enumeration at a time.</summary>
    public IEnumerator<T> GetEnumerator() => new Consumer(this);

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private sealed class Consumer : IEnumerator<T>
    {
        private readonly ReadAhead<T> _owner;
        private readonly Queue<List<T>> _ready = new();
        // Batches the consumer is done with, for the producer to fill again (under the lock).
        private readonly Stack<List<T>> _spare = new();
        private readonly object _lock = new();
        private Thread? _producer;
        private bool _done;
        private bool _stopped;
        private ExceptionDispatchInfo? _failure;
        private List<T>? _batch;
        private int _index;

        public Consumer(ReadAhead<T> owner) => _owner = owner;

        public T Current { get; private set; } = default!;

        object? IEnumerator.Current => Current;

        public bool MoveNext()
        {
            if (_producer is null)
            {
                _producer = new Thread(Produce) { IsBackground = true, Name = "LiveAccess read-ahead" };
                _producer.Start();
            }
            while (_batch is null || _index >= _batch.Count)
            {
                lock (_lock)
                {
                    while (_ready.Count == 0 && !_done) Monitor.Wait(_lock);
                    if (_ready.Count == 0)
                    {
                        _failure?.Throw();
                        return false;
                    }
                    if (_batch is not null)
                    {
                        _batch.Clear();
                        _spare.Push(_batch);
                    }
                    _batch = _ready.Dequeue();
                    _index = 0;
                    Monitor.PulseAll(_lock);
                }
            }
            Current = _batch[_index++];
            return true;
        }

        public void Reset() => throw new NotSupportedException();

        public void Dispose()
        {
            if (_producer is null) return;
            lock (_lock)
            {
                _stopped = true;
                Monitor.PulseAll(_lock);
            }
            // The producer may be blocked on a read (a pipe with nothing more to say): it is a
            // background thread, so waiting a little is enough.
            _producer.Join(TimeSpan.FromSeconds(1));
        }

        private void Produce()
        {
            var batch = new List<T>(_owner._batchSize);
            var weight = _owner._weight;
            var weighed = 0;
            try
            {
                using var items = _owner._source.GetEnumerator();
                while (items.MoveNext())
                {
                    batch.Add(items.Current);
                    weighed += weight is null ? 1 : Math.Max(1, weight(items.Current));
                    if (weighed < _owner._batchSize) continue;
                    if (Publish(batch) is not { } next) return;
                    batch = next;
                    weighed = 0;
                }
                if (batch.Count > 0) Publish(batch);
            }
            catch (Exception ex)
            {
                // The items read before the failure still come first.
                if (batch.Count > 0) Publish(batch);
                _failure = ExceptionDispatchInfo.Capture(ex);
            }
            finally
            {
                lock (_lock)
                {
                    _done = true;
                    Monitor.PulseAll(_lock);
                }
            }
        }

        /// <summary>
        /// Queues a batch, waiting while the consumer is far enough behind; returns an empty batch to
        /// fill next (one the consumer is done with, when there is one: a run of any length makes a
        /// handful), or null once the consumer has stopped.
        /// </summary>
        private List<T>? Publish(List<T> batch)
        {
            lock (_lock)
            {
                while (_ready.Count >= _owner._maxBatches && !_stopped) Monitor.Wait(_lock);
                if (_stopped) return null;
                _ready.Enqueue(batch);
                Monitor.PulseAll(_lock);
                return _spare.Count > 0 ? _spare.Pop() : new List<T>(_owner._batchSize);
            }
        }
    }
}
