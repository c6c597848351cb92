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

/// <summary>A read-only stream over generated CSV rows that counts the bytes handed out.</summary>
internal sealed class CountingRowStream : Stream
{
    private readonly int _rows;
    private int _next;
    private byte[] _pending = Encoding.UTF8.GetBytes("AppId,Name,EntityType,Categories,Scenario\n");
    private int _pendingPos;

    public CountingRowStream(int rows) => _rows = rows;

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
            if (_pendingPos == _pending.Length)
            {
                if (_next == _rows) break;
                _pending = Encoding.UTF8.GetBytes($"wx{_next:x16},Program {_next},enterprise,社交/直播,entertainment\n");
                _pendingPos = 0;
                _next++;
            }
            var n = Math.Min(count - written, _pending.Length - _pendingPos);
            Array.Copy(_pending, _pendingPos, buffer, offset + written, n);
            _pendingPos += n;
            written += n;
        }
        BytesRead += written;
        return written;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
