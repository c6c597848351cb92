using System;

namespace LiveAccess.Core.Inventory;

/// <summary>
/// The whole inventory cannot be read (missing file, no text, no header, missing required column):
/// unlike a bad row, nothing after it can be answered.
/// </summary>
public sealed class InventoryException : Exception
{
    /// <summary>Creates the exception.</summary>
    public InventoryException(string file, int line, string message) : base(message)
    {
        File = file;
        Line = line;
    }

    /// <summary>Creates an exception without a location.</summary>
    public InventoryException() : this("-", 0, "The inventory cannot be read.") { }
    /// <summary>Creates an exception with a message.</summary>
    public InventoryException(string message) : this("-", 0, message) { }
    /// <summary>Creates an exception with a message and cause.</summary>
    public InventoryException(string message, Exception inner) : base(message, inner) { File = "-"; }

    /// <summary>The inventory file (<c>-</c> for stdin).</summary>
    public string File { get; }
    /// <summary>1-based line, 0 for the whole file.</summary>
    public int Line { get; }

    /// <summary>File, line and message, as shown to users.</summary>
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Message}" : $"{File}: {Message}";
}
