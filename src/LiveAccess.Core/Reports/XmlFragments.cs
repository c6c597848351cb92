using System;
using System.Globalization;
using System.IO;
using System.Xml;

namespace LiveAccess.Core.Reports;

/// <summary>Settings and helpers for writing report XML: whole documents and spooled fragments.</summary>
internal static class XmlFragments
{
    public static XmlWriter Document(TextWriter output) => XmlWriter.Create(output, new XmlWriterSettings
    {
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Entitize,
        CloseOutput = false,
    });

    /// <summary>Writes one element (or several) with <paramref name="write"/> and returns the markup.</summary>
    public static string Fragment(Action<XmlWriter> write)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings
        {
            ConformanceLevel = ConformanceLevel.Fragment,
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Entitize,
            OmitXmlDeclaration = true,
        }))
        {
            write(xml);
        }
        return "\n" + text;
    }

    /// <summary>Copies spooled fragments into the document being written.</summary>
    public static void WriteSpool(XmlWriter xml, TextSpool spool)
    {
        foreach (var chunk in spool.ReadChunks()) xml.WriteRaw(chunk);
    }

    public static string Number(long n) => n.ToString(CultureInfo.InvariantCulture);

    public static string Time(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
