using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace LiveAccess.Core.Reports;

/// <summary>
/// Text kept aside until a document can be finished: in memory while small, in a temporary
/// file past a threshold, so writers whose formats put counts before the items (JUnit, NUnit,
/// summaries) stream in bounded memory. The temporary file is deleted on dispose.
/// </summary>
internal sealed class TextSpool : IDisposable
{
    /// <summary>Characters kept in memory before the spool moves to a file.</summary>
    public const int DefaultThreshold = 1 << 20;

    private readonly int _threshold;
    private StringWriter? _memory = new(System.Globalization.CultureInfo.InvariantCulture);
    private StreamWriter? _file;
    private string? _path;

    public TextSpool(int threshold = DefaultThreshold) => _threshold = threshold;

    /// <summary>True when nothing has been written.</summary>
    public bool IsEmpty => _file is null && _memory!.GetStringBuilder().Length == 0;

    /// <summary>Appends text.</summary>
    public void Write(string text)
    {
        if (_file is not null) { _file.Write(text); return; }
        var sb = _memory!.GetStringBuilder();
        sb.Append(text);
        if (sb.Length > _threshold) MoveToFile(sb);
    }

    /// <summary>Appends a line.</summary>
    public void WriteLine(string text)
    {
        Write(text);
        Write("\n");
    }

    /// <summary>Copies everything written so far to <paramref name="output"/>.</summary>
    public void CopyTo(TextWriter output)
    {
        if (output is null) throw new ArgumentNullException(nameof(output));
        foreach (var chunk in ReadChunks()) output.Write(chunk);
    }

    /// <summary>Everything written so far, in chunks of bounded size.</summary>
    public IEnumerable<string> ReadChunks()
    {
        if (_file is null)
        {
            yield return _memory!.GetStringBuilder().ToString();
            yield break;
        }
        _file.Flush();
        using var reader = new StreamReader(new FileStream(_path!, FileMode.Open, FileAccess.Read, FileShare.ReadWrite), Encoding.UTF8);
        var buffer = new char[81920];
        int n;
        while ((n = reader.Read(buffer, 0, buffer.Length)) > 0) yield return new string(buffer, 0, n);
    }

    /// <summary>The spooled text line by line.</summary>
    public IEnumerable<string> ReadLines()
    {
        if (_file is null)
        {
            using var memoryReader = new StringReader(_memory!.GetStringBuilder().ToString());
            for (var line = memoryReader.ReadLine(); line is not null; line = memoryReader.ReadLine()) yield return line;
            yield break;
        }
        _file.Flush();
        using var reader = new StreamReader(new FileStream(_path!, FileMode.Open, FileAccess.Read, FileShare.ReadWrite), Encoding.UTF8);
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine()) yield return line;
    }

    public void Dispose()
    {
        _file?.Dispose();
        _file = null;
        if (_path is not null)
        {
            try { File.Delete(_path); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            _path = null;
        }
        _memory?.Dispose();
    }

    private void MoveToFile(StringBuilder sb)
    {
        _path = Path.Combine(Path.GetTempPath(), "liveaccess-" + Guid.NewGuid().ToString("N") + ".spool");
        _file = new StreamWriter(new FileStream(_path, FileMode.CreateNew, FileAccess.Write, FileShare.Read, 65536, FileOptions.None), new UTF8Encoding(false));
        _file.Write(sb.ToString());
        sb.Clear();
    }
}
