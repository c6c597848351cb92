using System;
using System.IO;
using System.Text;
using LiveAccess.Core.Text;

namespace LiveAccess.Core.Inventory.Decoding;

/// <summary>
/// Chooses how to decode an inventory from its first 64 KB, then hands the stream on, prefix
/// included, to a <see cref="DecodingReader"/> that decodes the rest as it is read.
/// Order: a forced encoding; a byte order mark (UTF-8, UTF-16 LE/BE, UTF-32); a binary signature
/// (PNG, ZIP/xlsx, xls...) or NUL bytes, refused; UTF-8 when the prefix is valid UTF-8, or mostly
/// valid UTF-8 with a few damaged bytes; GB18030 (what Excel on Chinese Windows writes) when the
/// prefix is valid or nearly valid GB18030; otherwise refused. Bytes that do not decode in the
/// chosen encoding, in the prefix or after it, are not re-decoded: their lines become row errors.
/// </summary>
internal static class EncodingSniffer
{
    public const int PrefixBytes = 64 * 1024;
    private const int Gb18030CodePage = 54936;

    private static readonly (byte[] Signature, string Kind)[] BinarySignatures =
    {
        (new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, "png"),
        (new byte[] { 0x50, 0x4B, 0x03, 0x04 }, "zip"),
        (new byte[] { 0x50, 0x4B, 0x05, 0x06 }, "zip"),
        (new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }, "ole"),
        (new byte[] { 0x1F, 0x8B }, "gzip"),
        (new byte[] { 0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C }, "7z"),
        (new byte[] { 0x52, 0x61, 0x72, 0x21, 0x1A, 0x07 }, "rar"),
        (new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D }, "pdf"),
        (new byte[] { 0xFF, 0xD8, 0xFF }, "jpeg"),
        (new byte[] { 0x47, 0x49, 0x46, 0x38 }, "gif"),
    };

    static EncodingSniffer() => System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>GB18030, available on every runtime once the code-page provider is registered.</summary>
    public static System.Text.Encoding Gb18030 => System.Text.Encoding.GetEncoding(Gb18030CodePage);

    /// <summary>Sniffs the stream and returns a reader over all of it; throws <see cref="InventoryException"/> for no text.</summary>
    public static DecodingReader Open(Stream stream, string file, InventoryFormat format, InventoryOptions options)
    {
        var language = options.Language;
        var prefix = new byte[PrefixBytes];
        var length = ReadFully(stream, prefix);
        var done = length < prefix.Length;
        if (length == 0) throw Empty(file, format, language);

        System.Text.Encoding encoding;
        int skip;
        if (options.Encoding is { } forced)
        {
            encoding = forced;
            skip = PreambleLength(prefix, length, forced);
            if (skip == 0) RefuseSignature(prefix, length, file, language);
        }
        else
        {
            (encoding, skip) = Detect(prefix, length, done, file, language);
        }
        CheckText(prefix, length, skip, encoding, done, file, format, language);
        return new DecodingReader(prefix, length, skip, stream, done, encoding, format == InventoryFormat.Yaml);
    }

    private static (System.Text.Encoding Encoding, int Skip) Detect(byte[] b, int n, bool done, string file, Language language)
    {
        if (Starts(b, n, 0xEF, 0xBB, 0xBF)) return (new UTF8Encoding(false), 3);
        if (Starts(b, n, 0xFF, 0xFE, 0x00, 0x00)) return (new UTF32Encoding(false, false), 4);
        if (Starts(b, n, 0x00, 0x00, 0xFE, 0xFF)) return (new UTF32Encoding(true, false), 4);
        if (Starts(b, n, 0xFF, 0xFE)) return (new UnicodeEncoding(false, false), 2);
        if (Starts(b, n, 0xFE, 0xFF)) return (new UnicodeEncoding(true, false), 2);
        RefuseSignature(b, n, file, language);
        if (Array.IndexOf(b, (byte)0, 0, n) >= 0)
            throw new InventoryException(file, 0, InventoryText.Format(language, "inventory.binary-nul"));
        var utf8 = Survey(new UTF8Encoding(false), b, n, done);
        // Valid UTF-8 multi-byte sequences are too regular to come about by chance: a prefix made
        // mostly of them is UTF-8 with a few damaged bytes, which become row errors.
        if (utf8.Invalid == 0 || utf8.Decoded >= 8 * utf8.Invalid) return (new UTF8Encoding(false), 0);
        var gb = Survey(Gb18030, b, n, done);
        if (gb.Invalid == 0 || gb.Invalid * 50 <= gb.NonAsciiBytes) return (Gb18030, 0);
        DecodesStrictly(new UTF8Encoding(false, true), b, n, done, out var badOffset);
        throw new InventoryException(file, 0, InventoryText.Format(language, "inventory.unknown-encoding", badOffset));
    }

    /// <summary>How a prefix decodes: undecodable sequences, non-ASCII characters decoded, non-ASCII bytes.</summary>
    private static (int Invalid, int Decoded, int NonAsciiBytes) Survey(System.Text.Encoding encoding, byte[] b, int n, bool done)
    {
        var fallback = new MarkingDecoderFallback();
        var marking = (System.Text.Encoding)encoding.Clone();
        marking.DecoderFallback = fallback;
        var decoder = marking.GetDecoder();
        var chars = new char[marking.GetMaxCharCount(n)];
        var count = decoder.GetChars(b, 0, n, chars, 0, done);
        var decoded = 0;
        for (var i = 0; i < count; i++)
            if (chars[i] > 0x7F && chars[i] != MarkingDecoderFallback.Marker) decoded++;
        var nonAscii = 0;
        for (var i = 0; i < n; i++)
            if (b[i] > 0x7F) nonAscii++;
        return (fallback.Count, decoded, nonAscii);
    }

    private static bool DecodesStrictly(System.Text.Encoding strict, byte[] b, int n, bool done, out long badOffset)
    {
        badOffset = -1;
        try
        {
            // Not flushing when the prefix was cut keeps a sequence split at the cut from counting as invalid.
            strict.GetDecoder().GetCharCount(b, 0, n, done);
            return true;
        }
        catch (DecoderFallbackException ex)
        {
            badOffset = Math.Max(0, ex.Index);
            return false;
        }
    }

    private static void RefuseSignature(byte[] b, int n, string file, Language language)
    {
        foreach (var (signature, kind) in BinarySignatures)
            if (Starts(b, n, signature))
                throw new InventoryException(file, 0, InventoryText.Format(language, "inventory.binary-kind",
                    Messages.Get("inventory.kind." + kind).In(language)));
    }

    /// <summary>Refuses a prefix that decodes to nothing but white space, or mostly to control characters.</summary>
    private static void CheckText(byte[] b, int n, int skip, System.Text.Encoding encoding, bool done, string file, InventoryFormat format, Language language)
    {
        var lenient = (System.Text.Encoding)encoding.Clone();
        lenient.DecoderFallback = DecoderFallback.ReplacementFallback;
        var text = lenient.GetString(b, skip, n - skip);
        var content = 0;
        var noise = 0;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || Categories.TextNormalizer.IsInvisible(c)) continue;
            content++;
            if (c == '\uFFFD' || (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f' or '\v'))) noise++;
        }
        if (content == 0 && done) throw Empty(file, format, language);
        if (noise > 0 && noise * 10 > content)
            throw new InventoryException(file, 0, InventoryText.Format(language, "inventory.binary-control",
                EncodingNames.Display(encoding), noise * 100 / Math.Max(1, content)));
    }

    private static int PreambleLength(byte[] b, int n, System.Text.Encoding encoding)
    {
        var preamble = encoding.GetPreamble();
        return preamble.Length > 0 && Starts(b, n, preamble) ? preamble.Length : 0;
    }

    private static bool Starts(byte[] b, int n, params byte[] prefix)
    {
        if (n < prefix.Length) return false;
        for (var i = 0; i < prefix.Length; i++)
            if (b[i] != prefix[i]) return false;
        return true;
    }

    private static int ReadFully(Stream stream, byte[] buffer)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var read = stream.Read(buffer, total, buffer.Length - total);
            if (read == 0) break;
            total += read;
        }
        return total;
    }

    private static InventoryException Empty(string file, InventoryFormat format, Language language) =>
        new(file, 0, InventoryText.Format(language, format switch
        {
            InventoryFormat.Json => "inventory.empty-json",
            InventoryFormat.Yaml => "inventory.empty-yaml",
            _ => "inventory.empty-csv",
        }));

}
