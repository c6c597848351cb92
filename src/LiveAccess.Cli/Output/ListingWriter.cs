using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using LiveAccess.Core.Reports;

namespace LiveAccess.Cli.Output;

/// <summary>Prints a <see cref="Listing"/> as an aligned table (width-aware), a JSON array or CSV.</summary>
internal static class ListingWriter
{
    public static void Write(Listing listing, string format, TextWriter output, CliSession session)
    {
        switch (format)
        {
            case "json": WriteJson(listing, output); break;
            case "csv": WriteCsv(listing, output); break;
            default: WriteTable(listing, output, session); break;
        }
        output.Flush();
    }

    private static void WriteJson(Listing listing, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var row in listing.Rows)
            {
                json.WriteStartObject();
                for (var i = 0; i < listing.Columns.Count; i++)
                {
                    if (!listing.Columns[i].InData) continue;
                    json.WritePropertyName(listing.Columns[i].Key);
                    WriteJsonValue(json, row[i]);
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        output.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        output.WriteLine();
    }

    private static void WriteJsonValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null: json.WriteNullValue(); break;
            case string s: json.WriteStringValue(s); break;
            case bool b: json.WriteBooleanValue(b); break;
            case int n: json.WriteNumberValue(n); break;
            case long n: json.WriteNumberValue(n); break;
            case IEnumerable<string> list:
                json.WriteStartArray();
                foreach (var item in list) json.WriteStringValue(item);
                json.WriteEndArray();
                break;
            default: json.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture)); break;
        }
    }

    private static void WriteCsv(Listing listing, TextWriter output)
    {
        var data = Enumerable.Range(0, listing.Columns.Count).Where(i => listing.Columns[i].InData).ToArray();
        CsvCells.WriteRecord(output, data.Select(i => char.ToUpperInvariant(listing.Columns[i].Key[0]) + listing.Columns[i].Key.Substring(1)).ToArray());
        foreach (var row in listing.Rows) CsvCells.WriteRecord(output, data.Select(i => Text(row[i], "; ")).ToArray());
    }

    private static void WriteTable(Listing listing, TextWriter output, CliSession session)
    {
        var shown = Enumerable.Range(0, listing.Columns.Count).Where(i => listing.Columns[i].InTable).ToArray();
        var headers = shown.Select(i => session.Text(listing.Columns[i].HeaderKey)).ToArray();
        var cells = listing.Rows.Select(r => shown.Select(i => Text(r[i], ", ")).ToArray()).ToList();
        var widths = FitWidths(headers, cells, shown.Select(i => listing.Columns[i].Wraps).ToArray(), session.Width);

        WriteRow(output, headers, widths);
        WriteRow(output, widths.Select(w => new string('-', w)).ToArray(), widths);
        foreach (var row in cells) WriteRow(output, row, widths);
    }

    // Natural widths, then the widest column gives way, one column at a time, until the table fits.
    private static int[] FitWidths(string[] headers, List<string[]> cells, bool[] wraps, int width)
    {
        var n = headers.Length;
        var widths = new int[n];
        var minimum = new int[n];
        for (var c = 0; c < n; c++)
        {
            widths[c] = Math.Max(TextWidth.Of(headers[c]), cells.Select(r => TextWidth.Of(r[c])).DefaultIfEmpty(0).Max());
            minimum[c] = wraps[c] ? Math.Min(widths[c], Math.Max(12, TextWidth.Of(headers[c]))) : widths[c];
        }
        var available = width - 2 * (n - 1);
        while (widths.Sum() > available)
        {
            var widest = -1;
            for (var c = 0; c < n; c++)
                if (widths[c] > minimum[c] && (widest < 0 || widths[c] > widths[widest])) widest = c;
            if (widest < 0) break;
            widths[widest]--;
        }
        return widths;
    }

    // Every cell wraps within its column; a row takes as many lines as its tallest cell.
    private static void WriteRow(TextWriter output, string[] cells, int[] widths)
    {
        var wrapped = cells.Select((cell, c) => TextWidth.Wrap(cell, widths[c])).ToArray();
        var height = wrapped.Max(w => w.Count);
        var line = new StringBuilder();
        for (var i = 0; i < height; i++)
        {
            line.Clear();
            for (var c = 0; c < cells.Length; c++)
            {
                var text = i < wrapped[c].Count ? wrapped[c][i] : string.Empty;
                line.Append(c == cells.Length - 1 ? text : TextWidth.PadRight(text, widths[c]) + "  ");
            }
            output.WriteLine(line.ToString().TrimEnd());
        }
    }

    private static string Text(object? value, string separator) => value switch
    {
        null => string.Empty,
        string s => s,
        bool b => b ? "true" : "false",
        IEnumerable<string> list => string.Join(separator, list),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };
}
