using System;
using System.Runtime.CompilerServices;
using System.IO;
using System.Runtime.ExceptionServices;
using System.Text;
using System.Threading;

namespace LiveAccess.Core.Reports;

/// <summary>
/// UTF-8 bytes straight to the stream under a <see cref="StreamWriter"/>, through one large buffer:
/// for writers that send the same encoded fragments millions of times. The stream writer is
/// flushed first (its byte order mark and anything it holds go out before), and must not be
/// written to again until <see cref="Settle"/>. With <see cref="WriteBehind"/>, a full buffer is
/// written on another thread while the next one fills (the kernel's copy of a large report then
/// costs the deciding thread nothing); a failure to write is thrown by the next call that sends.
/// </summary>
internal sealed class Utf8Output
{
    private const int BufferBytes = 256 * 1024;
    private const int BehindBufferBytes = 1024 * 1024;
    private static readonly UTF8Encoding Utf8 = new(false);
    private readonly Stream _stream;
    private byte[] _buffer = new byte[BufferBytes];
    private byte[]? _spare;
    private WriterThread? _sender;
    private bool _behind;
    private int _used;

    private Utf8Output(Stream stream) => _stream = stream;

    /// <summary>The byte output under <paramref name="writer"/>, or null when it does not write UTF-8 to a stream.</summary>
    public static Utf8Output? Under(TextWriter writer)
    {
        if (writer is not StreamWriter { Encoding: UTF8Encoding } streamWriter) return null;
        streamWriter.Flush();
        return new Utf8Output(streamWriter.BaseStream);
    }

    /// <summary>From now on, full buffers are written on a thread of their own (two buffers of a megabyte).</summary>
    public void WriteBehind()
    {
        if (_behind) return;
        Drain();
        _behind = true;
        _buffer = new byte[BehindBufferBytes];
        _spare = new byte[BehindBufferBytes];
        _sender = new WriterThread(_stream);
    }

    public void Write(byte[] bytes)
    {
        if (bytes.Length > _buffer.Length - _used)
        {
            Write(new ReadOnlySpan<byte>(bytes));
            return;
        }
        Buffer.BlockCopy(bytes, 0, _buffer, _used, bytes.Length);
        _used += bytes.Length;
    }

    public void Write(ReadOnlySpan<byte> bytes)
    {
        while (bytes.Length > _buffer.Length - _used)
        {
            var room = _buffer.Length - _used;
            bytes.Slice(0, room).CopyTo(new Span<byte>(_buffer, _used, room));
            _used += room;
            bytes = bytes.Slice(room);
            Drain();
        }
        bytes.CopyTo(new Span<byte>(_buffer, _used, bytes.Length));
        _used += bytes.Length;
    }

    /// <summary>
    /// Two pieces one after the other (a record's head, and the first <paramref name="secondLength"/>
    /// bytes of its tail), with one look for room for both.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Write(ReadOnlySpan<byte> first, byte[] second, int secondLength)
    {
        var used = _used;
        var total = first.Length + secondLength;
        if (total > _buffer.Length - used)
        {
            Write(first);
            Write(new ReadOnlySpan<byte>(second, 0, secondLength));
            return;
        }
        first.CopyTo(new Span<byte>(_buffer, used, first.Length));
        Buffer.BlockCopy(second, 0, _buffer, used + first.Length, secondLength);
        _used = used + total;
    }

    public void Write(string text)
    {
        if (text.Length == 0) return;
        var most = Utf8.GetMaxByteCount(text.Length);
        if (most > _buffer.Length - _used)
        {
            Drain();
            if (most > _buffer.Length)
            {
                Write(Utf8.GetBytes(text));
                return;
            }
        }
        _used += Utf8.GetBytes(text, 0, text.Length, _buffer, _used);
    }

    public void Write(byte ascii)
    {
        if (_used == _buffer.Length) Drain();
        _buffer[_used++] = ascii;
    }

    /// <summary>Sends everything buffered to the stream, waits until it is written, and flushes the stream.</summary>
    public void Flush()
    {
        Settle();
        _stream.Flush();
    }

    /// <summary>Sends everything buffered and waits until it is written: the stream may then be written to directly.</summary>
    public void Settle()
    {
        Drain();
        Wait();
    }

    /// <summary>As <see cref="Settle"/>, and the thread that writes behind ends (nothing more will be written).</summary>
    public void Close()
    {
        try
        {
            Settle();
        }
        finally
        {
            _sender?.Stop();
            _sender = null;
            _behind = false;
        }
    }

    /// <summary>Sends everything buffered to the stream (behind: starts sending it).</summary>
    public void Drain()
    {
        if (_used == 0) return;
        if (!_behind)
        {
            _stream.Write(_buffer, 0, _used);
            _used = 0;
            return;
        }
        Wait();
        var full = _buffer;
        _sender!.Send(full, _used);
        _buffer = _spare!;
        _spare = full;
        _used = 0;
    }

    private void Wait() => _sender?.Wait();

    /// <summary>
    /// Writes one buffer at a time on a background thread of its own (a thread-pool task could be
    /// run inline by the thread that waits for it, which is the thread it should spare).
    /// </summary>
    private sealed class WriterThread
    {
        private readonly Stream _stream;
        private readonly object _lock = new();
        private byte[]? _buffer;
        private int _length;
        private bool _busy;
        private bool _stopping;
        private ExceptionDispatchInfo? _failure;

        public WriterThread(Stream stream)
        {
            _stream = stream;
            new Thread(Run) { IsBackground = true, Name = "LiveAccess write-behind" }.Start();
        }

        /// <summary>Hands a buffer over (the one before must be written: <see cref="Wait"/> first).</summary>
        public void Send(byte[] buffer, int length)
        {
            lock (_lock)
            {
                _buffer = buffer;
                _length = length;
                _busy = true;
                Monitor.PulseAll(_lock);
            }
        }

        /// <summary>Waits until the buffer handed over is written; throws the write's own exception (an IOException when the reader went away).</summary>
        public void Wait()
        {
            lock (_lock)
            {
                while (_busy) Monitor.Wait(_lock);
                if (_failure is not { } failure) return;
                _failure = null;
                failure.Throw();
            }
        }

        /// <summary>Ends the thread once the buffer handed over, if any, is written.</summary>
        public void Stop()
        {
            lock (_lock)
            {
                _stopping = true;
                Monitor.PulseAll(_lock);
            }
        }

        private void Run()
        {
            while (true)
            {
                byte[] buffer;
                int length;
                lock (_lock)
                {
                    while (!_busy && !_stopping) Monitor.Wait(_lock);
                    if (!_busy) return;
                    buffer = _buffer!;
                    length = _length;
                }
                ExceptionDispatchInfo? failure = null;
                try
                {
                    _stream.Write(buffer, 0, length);
                }
                catch (Exception ex)
                {
                    failure = ExceptionDispatchInfo.Capture(ex);
                }
                lock (_lock)
                {
                    _failure = failure;
                    _busy = false;
                    Monitor.PulseAll(_lock);
                }
            }
        }
    }
}
