using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using LiveAccess.Core.Domain;
using LiveAccess.Core.Inventory;
using LiveAccess.Core.Text;

namespace LiveAccess.Core.Tests.Inventory;

/// <summary>Reading test inventories from text, bytes and the corpus folder.</summary>
internal static class InventoryTestSupport
{
    public const string App0 = "wx0123456789abcdef";
    public const string App1 = "wx1123456789abcdef";
    public const string App2 = "wx2123456789abcdef";
    public const string App3 = "wx3123456789abcdef";
    public const string App4 = "wx4123456789abcdef";

    static InventoryTestSupport() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Gb18030 => Encoding.GetEncoding(54936);

    /// <summary>The repository's root (where LiveAccess.sln is).</summary>
    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "LiveAccess.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("LiveAccess.sln not found above " + AppContext.BaseDirectory);
    }

    public static string Corpus(string name) => Path.Combine(AppContext.BaseDirectory, "Corpus", "inventory", name);

    public static List<InventoryRecord> ReadText(string text, InventoryFormat format = InventoryFormat.Csv, InventoryOptions? options = null) =>
        ReadBytes(new UTF8Encoding(false).GetBytes(text), format, options);

    public static List<InventoryRecord> ReadBytes(byte[] bytes, InventoryFormat format = InventoryFormat.Csv, InventoryOptions? options = null) =>
        InventoryReader.Read(new MemoryStream(bytes), "test", format, options ?? new InventoryOptions()).ToList();

    public static List<InventoryRecord> ReadFile(string name, InventoryOptions? options = null) =>
        InventoryReader.Open(Corpus(name), options ?? new InventoryOptions()).ToList();

    /// <summary>Text with an encoding's byte order mark in front, as editors and PowerShell write it.</summary>
    public static byte[] WithBom(Encoding encoding, string text) => encoding.GetPreamble().Concat(encoding.GetBytes(text)).ToArray();

    public static InventoryException ReadFails(string text, InventoryFormat format = InventoryFormat.Csv, Language language = Language.English) =>
        Assert.Throws<InventoryException>(() => ReadText(text, format, new InventoryOptions { Language = language }));

    public static InventoryException ReadFails(byte[] bytes, InventoryFormat format = InventoryFormat.Csv) =>
        Assert.Throws<InventoryException>(() => ReadBytes(bytes, format));

    public static InventoryRow Row(this InventoryRecord record)
    {
        Assert.True(record.Row is not null, "Expected a row, got " + record.Error);
        return record.Row!;
    }

    public static RowError Error(this InventoryRecord record)
    {
        Assert.True(record.Error is not null, "Expected an error, got a row for " + record.Row?.AppId);
        return record.Error!;
    }

    /// <summary>The line each record starts on, rows and errors alike.</summary>
    public static int[] Lines(this IEnumerable<InventoryRecord> records) =>
        records.Select(r => (r.Row?.Source ?? r.Error!.Source)!.Line).ToArray();
}

/// <summary>A read-only stream over generated inventory text that counts the bytes handed out.</summary>
internal sealed class CountingStream : Stream
{
    private readonly Func<int, string> _row;
    private readonly int _rows;
    private readonly string _tail;
    private int _next;
    private bool _tailWritten;
    private byte[] _pending;
    private int _pendingPos;

    public CountingStream(string head, Func<int, string> row, int rows, string tail = "")
    {
        _pending = Encoding.UTF8.GetBytes(head);
        _row = row;
        _rows = rows;
        _tail = tail;
    }

    /// <summary>A CSV inventory of <paramref name="rows"/> generated rows.</summary>
    public static CountingStream Csv(int rows) => new("AppId,Name,EntityType,Categories,Scenario\n",
        i => $"wx{i:x16},Program {i},enterprise,社交/直播,entertainment\n", rows);

    public long BytesRead { get; private set; }
    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var written = 0;
        while (written < count)
        {
            if (_pendingPos == _pending.Length && !NextPiece()) break;
            var n = Math.Min(count - written, _pending.Length - _pendingPos);
            Array.Copy(_pending, _pendingPos, buffer, offset + written, n);
            _pendingPos += n;
            written += n;
        }
        BytesRead += written;
        return written;
    }

    private bool NextPiece()
    {
        string piece;
        if (_next < _rows) piece = _row(_next++);
        else if (!_tailWritten) { piece = _tail; _tailWritten = true; }
        else return false;
        _pending = Encoding.UTF8.GetBytes(piece);
        _pendingPos = 0;
        return true;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
