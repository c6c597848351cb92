using System;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace LiveAccess.Core.Reports;

/// <summary>
/// A <see cref="Utf8JsonWriter"/> whose bytes go on to a <see cref="TextWriter"/> whenever
/// <see cref="Drain"/> is called, so a large JSON document streams in bounded memory. Chinese
/// text stays readable; HTML-sensitive characters are escaped.
/// </summary>
internal sealed class JsonTextStream : IDisposable
{
    private readonly TextWriter _output;
    private readonly MemoryStream _buffer = new();

    public JsonTextStream(TextWriter output)
    {
        _output = output ?? throw new ArgumentNullException(nameof(output));
        Json = new Utf8JsonWriter(_buffer, new JsonWriterOptions
        {
            Indented = true,
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        });
    }

    public Utf8JsonWriter Json { get; }

    /// <summary>Moves what has been written so far to the text output (call between whole values).</summary>
    public void Drain()
    {
        Json.Flush();
        if (_buffer.Length == 0) return;
        _output.Write(Encoding.UTF8.GetString(_buffer.GetBuffer(), 0, (int)_buffer.Length));
        _buffer.SetLength(0);
    }

    public void Dispose()
    {
        Json.Dispose();
        _buffer.Dispose();
    }
}
