using System;
using System.IO;
using System.Text;
using System.Text.Json;
using LiveAccess.Core.Text;

namespace LiveAccess.Core.Inventory.Json;

/// <summary>
/// JSON tokens read one at a time from decoded text: the text is encoded to UTF-8 into a buffer
/// that holds only the current token (it grows for a long string, up to <see cref="MaxValueBytes"/>),
/// and <see cref="Utf8JsonReader"/> resumes from its saved state each time. Knows the line each
/// token starts on. Comments and trailing commas are allowed; so are several top-level values
/// (JSON Lines).
/// </summary>
internal sealed class JsonTokenStream
{
    public const int MaxValueBytes = 64 * 1024 * 1024;
    public const int MaxDepth = 32;
    private const int MinFreeBytes = 4096;
    private const int LongTokenBytes = 64 * 1024;
    private readonly TextReader _source;
    private readonly string _file;
    private readonly Language _language;
    private readonly Encoder _encoder = new UTF8Encoding(false).GetEncoder();
    private readonly char[] _chars = new char[8192];
    private byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;
    private bool _final;
    private JsonReaderState _state;
    private int _countedTo;
    private int _line = 1;
    private bool _pendingCr;

    public JsonTokenStream(TextReader source, string file, Language language)
    {
        _source = source;
        _file = file;
        _language = language;
        _state = new JsonReaderState(new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            MaxDepth = MaxDepth,
            AllowMultipleValues = true,
        });
    }

    public JsonTokenType TokenType { get; private set; }
    /// <summary>The text of a string, property name or number; null for other tokens.</summary>
    public string? Value { get; private set; }
    /// <summary>Whether the current string or property name holds an escape that makes no text (a lone surrogate).</summary>
    public bool BrokenString { get; private set; }
    /// <summary>The 1-based line where the current token starts.</summary>
    public int Line { get; private set; }
    /// <summary>How many bytes the JSON reader has been given to look at so far (a token it could not finish is looked at again).</summary>
    internal long ScannedBytes { get; private set; }

    /// <summary>Moves to the next token; false at the end of the input. Throws <see cref="InventoryException"/> for malformed JSON.</summary>
    public bool Read()
    {
        while (true)
        {
            var result = TryRead();
            if (result is { } done) return done;
            Fill();
        }
    }

    /// <summary>Skips the value the current token starts (an object or array with all it holds).</summary>
    public void Skip()
    {
        if (TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray)) return;
        var depth = 1;
        while (depth > 0 && Read())
        {
            if (TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray) depth++;
            else if (TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray) depth--;
        }
    }

    /// <summary>True or false for a token read; null when the buffer holds no whole token yet.</summary>
    private bool? TryRead()
    {
        ScannedBytes += _end - _start;
        var reader = new Utf8JsonReader(new ReadOnlySpan<byte>(_buffer, _start, _end - _start), _final, _state);
        try
        {
            if (!reader.Read()) return _final ? false : null;
        }
        catch (JsonException ex)
        {
            var line = ex.LineNumber is { } l ? (int)l + 1 : LineAt(_start);
            throw new InventoryException(_file, line, InventoryText.Format(_language, "inventory.malformed-json", Reason(ex.Message)));
        }
        TokenType = reader.TokenType;
        Line = LineAt(_start + (int)reader.TokenStartIndex);
        BrokenString = false;
        Value = reader.TokenType switch
        {
            JsonTokenType.String or JsonTokenType.PropertyName => ReadString(ref reader),
            JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan.ToArray()),
            _ => null,
        };
        _start += (int)reader.BytesConsumed;
        _state = reader.CurrentState;
        return true;
    }

    /// <summary>
    /// The string, or its escaped text when it cannot be a string (a lone surrogate such as
    /// <c>\uD83D</c>: half an emoji), with <see cref="BrokenString"/> set so the reader fails its program.
    /// </summary>
    private string? ReadString(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            BrokenString = true;
            return Encoding.UTF8.GetString(reader.ValueSpan.ToArray());
        }
    }

    /// <summary>
    /// Moves the unread bytes to the front and encodes more text behind them, growing the buffer for
    /// a long token. The reader looks at an unfinished token again from its start after each fill,
    /// so a long one (a string of megabytes) is given at least as much again each time: it is
    /// looked at a few times over in all, not once per chunk. A short one gets what one read
    /// gives, so rows piped in one by one come out as they come in.
    /// </summary>
    private void Fill()
    {
        LineAt(_start);
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _countedTo -= _start;
            _start = 0;
        }
        if (_buffer.Length - _end < MinFreeBytes)
        {
            if (_buffer.Length >= MaxValueBytes)
                throw new InventoryException(_file, LineAt(_start), InventoryText.Format(_language, "inventory.value-too-large", MaxValueBytes / (1024 * 1024)));
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }
        var wanted = _end - _start >= LongTokenBytes ? _end - _start : 1;
        var added = 0;
        do
        {
            var chars = _source.Read(_chars, 0, Math.Min(_chars.Length, (_buffer.Length - _end) / 3 - 1));
            var bytes = _encoder.GetBytes(_chars, 0, chars, _buffer, _end, chars == 0);
            _end += bytes;
            added += bytes;
            if (chars == 0)
            {
                _final = true;
                return;
            }
        }
        while (added < wanted && _buffer.Length - _end >= MinFreeBytes);
    }

    private int LineAt(int position)
    {
        for (var i = _countedTo; i < position; i++)
        {
            var b = _buffer[i];
            if (b == (byte)'\n')
            {
                if (!_pendingCr) _line++;
                _pendingCr = false;
            }
            else if (b == (byte)'\r')
            {
                _line++;
                _pendingCr = true;
            }
            else
            {
                _pendingCr = false;
            }
        }
        if (position > _countedTo) _countedTo = position;
        return _line;
    }

    /// <summary>The reader's message without its position, which the exception carries already.</summary>
    private static string Reason(string message)
    {
        var at = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return at > 0 ? message.Substring(0, at) : message;
    }
}
