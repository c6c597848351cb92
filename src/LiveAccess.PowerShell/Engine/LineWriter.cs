using System;
using System.Globalization;
using System.IO;
using System.Text;

namespace LiveAccess.PowerShell.Engine;

/// <summary>A text writer that hands every completed line to a callback (the gate's host lines).</summary>
internal sealed class LineWriter : TextWriter
{
    private readonly Action<string> _line;
    private readonly StringBuilder _pending = new();

    public LineWriter(Action<string> line) : base(CultureInfo.InvariantCulture) => _line = line;

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        if (value == '\n')
        {
            var text = _pending.ToString().TrimEnd('\r');
            _pending.Clear();
            _line(text);
        }
        else
        {
            _pending.Append(value);
        }
    }

    public override void Flush()
    {
        if (_pending.Length == 0) return;
        var text = _pending.ToString();
        _pending.Clear();
        _line(text);
    }
}
