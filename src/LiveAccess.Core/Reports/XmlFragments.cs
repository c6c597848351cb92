using System;
using System.Globalization;
using System.IO;
using System.Xml;

namespace LiveAccess.Core.Reports;

/// <summary>Settings and helpers for writing report XML: whole documents and spooled fragments.</summary>
internal static class XmlFragments
{
    /// <summary>
    /// Writes a whole document to <paramref name="output"/> (the declaration, then what
    /// <paramref name="writeRoot"/> writes), ends it with a newline and flushes.
    /// </summary>
    public static void WriteDocument(TextWriter output, Action<XmlWriter> writeRoot)
    {
        using (var x = XmlWriter.Create(output, new XmlWriterSettings
        {
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Entitize,
            CloseOutput = false,
        }))
        {
            x.WriteStartDocument();
            writeRoot(x);
            x.WriteEndDocument();
        }
        output.Write('\n');
        output.Flush();
    }

    /// <summary>A writer of standalone XML fragments (one per case or fixture), reused across a run.</summary>
    public sealed class Writer : IDisposable
    {
        private readonly StringWriter _text = new(CultureInfo.InvariantCulture);
        private readonly XmlWriter _xml;

        public Writer()
        {
            _xml = XmlWriter.Create(_text, new XmlWriterSettings
            {
                ConformanceLevel = ConformanceLevel.Fragment,
                Indent = true,
                IndentChars = "  ",
                NewLineChars = "\n",
                NewLineHandling = NewLineHandling.Entitize,
                OmitXmlDeclaration = true,
            });
        }

        /// <summary>Writes one element (or several) with <paramref name="write"/> and returns the markup.</summary>
        public string Fragment(Action<XmlWriter> write)
        {
            write(_xml);
            _xml.Flush();
            var sb = _text.GetStringBuilder();
            var markup = sb.Length > 0 && sb[0] == '\n' ? sb.ToString() : "\n" + sb;
            sb.Clear();
            return markup;
        }

        public void Dispose()
        {
            _xml.Dispose();
            _text.Dispose();
        }
    }

    /// <summary>Copies spooled fragments into the document being written.</summary>
    public static void WriteSpool(XmlWriter xml, TextSpool spool)
    {
        foreach (var chunk in spool.ReadChunks()) xml.WriteRaw(chunk);
    }

    public static string Number(long n) => n.ToString(CultureInfo.InvariantCulture);

    public static string Time(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
