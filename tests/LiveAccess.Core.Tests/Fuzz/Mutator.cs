using System;
using System.Collections.Generic;
using System.Text;

namespace LiveAccess.Core.Tests.Fuzz;

/// <summary>
/// Damages bytes the ways real files get damaged (and hostile ones are built): flipped bits,
/// inserted and deleted bytes, truncation, and the structural characters of CSV, JSON and YAML
/// doubled or dropped where they do the most harm. Deterministic for a given <see cref="Random"/>.
/// </summary>
internal static class Mutator
{
    /// <summary>Bytes that mean something to one of the parsers, or to a decoder.</summary>
    private static readonly byte[] Structural =
    {
        (byte)'"', (byte)'\'', (byte)',', (byte)';', (byte)'\t', (byte)'|', (byte)'\n', (byte)'\r', (byte)' ',
        (byte)'{', (byte)'}', (byte)'[', (byte)']', (byte)':', (byte)'-', (byte)'&', (byte)'*', (byte)'!',
        (byte)'#', (byte)'%', (byte)'?', (byte)'>', (byte)'|', (byte)'\\', 0x00, 0xEF, 0xBB, 0xBF, 0xFF, 0xFE,
        0xC3, 0x80, 0xE2, 0x80, 0x8B, 0x81, 0x30,
    };

    /// <summary>Pieces of syntax that have broken parsers before: escapes, YAML indicators, BOMs, lone CRs.</summary>
    private static readonly byte[][] Tokens =
    {
        Encoding.UTF8.GetBytes("\\uD83D"), Encoding.UTF8.GetBytes("\\uDC00"), Encoding.UTF8.GetBytes("\\u0000"),
        Encoding.UTF8.GetBytes("&a "), Encoding.UTF8.GetBytes("*a"), Encoding.UTF8.GetBytes("!!python/object "),
        Encoding.UTF8.GetBytes("{\r"), Encoding.UTF8.GetBytes("\"\""), Encoding.UTF8.GetBytes("---\n"),
        Encoding.UTF8.GetBytes("sep=;\n"), Encoding.UTF8.GetBytes("#TYPE x\n"), new byte[] { 0xEF, 0xBB, 0xBF },
        new byte[] { 0xED, 0xA0, 0xBD }, new byte[] { 0xF4, 0x90, 0x80, 0x80 }, new byte[] { 0xC0, 0xAF },
    };

    /// <summary>Applies 1 to <paramref name="maxSteps"/> random mutations to a copy of <paramref name="input"/>.</summary>
    public static byte[] Mutate(byte[] input, Random random, int maxSteps = 4)
    {
        var bytes = new List<byte>(input);
        var steps = random.Next(1, maxSteps + 1);
        for (var i = 0; i < steps; i++) Step(bytes, random);
        return bytes.ToArray();
    }

    /// <summary>Bytes with no structure at all.</summary>
    public static byte[] RandomBytes(Random random, int maxLength)
    {
        var bytes = new byte[random.Next(0, maxLength + 1)];
        random.NextBytes(bytes);
        return bytes;
    }

    /// <summary>Random text made of the characters the parsers and normaliser care about.</summary>
    public static byte[] RandomText(Random random, int maxLength)
    {
        const string alphabet = "wx0123456789abcdef,;|\t\"'\r\n {}[]:-#&*!?>／＞；，\u200B\uFEFF\u3000企业个人政府社交直播电商平台AppIdEntityTypeCategoriesScenario";
        var length = random.Next(0, maxLength + 1);
        var sb = new StringBuilder(length);
        for (var i = 0; i < length; i++) sb.Append(alphabet[random.Next(alphabet.Length)]);
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    private static void Step(List<byte> bytes, Random random)
    {
        var at = bytes.Count == 0 ? 0 : random.Next(bytes.Count);
        switch (random.Next(10))
        {
            case 8: // insert a piece of syntax
                bytes.InsertRange(at, Tokens[random.Next(Tokens.Length)]);
                break;
            case 0 when bytes.Count > 0: // flip one bit
                bytes[at] ^= (byte)(1 << random.Next(8));
                break;
            case 1: // insert a random byte
                bytes.Insert(at, (byte)random.Next(256));
                break;
            case 2 when bytes.Count > 0: // delete a run
                bytes.RemoveRange(at, Math.Min(bytes.Count - at, random.Next(1, 16)));
                break;
            case 3: // truncate
                bytes.RemoveRange(at, bytes.Count - at);
                break;
            case 4: // insert a structural byte
                bytes.Insert(at, Structural[random.Next(Structural.Length)]);
                break;
            case 5: // double the next structural byte
                DoubleNext(bytes, at, random);
                break;
            case 6 when bytes.Count > 0: // duplicate a run (lines, rows, mappings repeated)
                var length = Math.Min(bytes.Count - at, random.Next(1, 200));
                bytes.InsertRange(random.Next(bytes.Count + 1), bytes.GetRange(at, length));
                break;
            case 7 when bytes.Count > 0: // replace with a structural byte
                bytes[at] = Structural[random.Next(Structural.Length)];
                break;
            default: // a run of one structural byte
                var b = Structural[random.Next(Structural.Length)];
                for (var n = random.Next(1, 40); n > 0; n--) bytes.Insert(at, b);
                break;
        }
    }

    private static void DoubleNext(List<byte> bytes, int from, Random random)
    {
        var wanted = random.Next(4) switch { 0 => (byte)'"', 1 => (byte)'\n', 2 => (byte)',', _ => (byte)':' };
        for (var i = from; i < bytes.Count; i++)
        {
            if (bytes[i] != wanted) continue;
            bytes.Insert(i, wanted);
            return;
        }
    }
}
