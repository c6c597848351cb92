using System.IO;
using System.Text;
using System.Text.Json;
using LiveAccess.Core.Inventory.Json;
using LiveAccess.Core.Text;

namespace LiveAccess.Core.Tests.Inventory;

/// <summary>
/// A very long JSON string is read whole and looked at a few times over, not once per chunk read
/// (which made a value of tens of megabytes take minutes); short tokens still come one read at a time.
/// </summary>
public sealed class JsonLongValueTests
{
    [Fact]
    public void A_string_of_megabytes_is_read_whole_and_looked_at_a_few_times_over()
    {
        var name = new string('名', 4 * 1024 * 1024); // 12 MB of UTF-8
        var json = "[{\"AppId\":\"wx0123456789abcdef\",\"Name\":\"" + name + "\",\"EntityType\":\"enterprise\"}]";
        var tokens = new JsonTokenStream(new StringReader(json), "big.json", Language.English);
        string? read = null;
        while (tokens.Read())
            if (tokens.TokenType == JsonTokenType.String && tokens.Value!.Length > 1000) read = tokens.Value;

        Assert.Equal(name, read);
        var size = Encoding.UTF8.GetByteCount(json);
        // Chunk by chunk, the reader would look at the unfinished string about 500 times: gigabytes.
        Assert.True(tokens.ScannedBytes < 8L * size, $"looked at {tokens.ScannedBytes} bytes for {size}");
    }

    [Fact]
    public void Short_tokens_are_not_held_back_for_more_input()
    {
        // A reader that gives one line at a time and then nothing until asked again, as a pipe does:
        // the first object must be readable from the first line alone.
        var tokens = new JsonTokenStream(new OneLineAtATime("{\"AppId\":\"wx0123456789abcdef\",\"EntityType\":\"enterprise\"}\n", "{\"AppId\":"), "-", Language.English);
        var seen = 0;
        while (tokens.Read() && tokens.TokenType != JsonTokenType.EndObject) seen++;
        Assert.Equal(JsonTokenType.EndObject, tokens.TokenType);
        Assert.Equal(5, seen);
    }

    /// <summary>Hands out its lines one per read and fails if asked for more before the first object is done.</summary>
    private sealed class OneLineAtATime : TextReader
    {
        private readonly string[] _lines;
        private int _next;

        public OneLineAtATime(params string[] lines) => _lines = lines;

        public override int Read(char[] buffer, int index, int count)
        {
            if (_next >= _lines.Length) return 0;
            Assert.True(_next == 0, "read on past the first line before its object was done");
            var line = _lines[_next++];
            line.CopyTo(0, buffer, index, line.Length);
            return line.Length;
        }
    }
}
