namespace LiveAccess.Cli.Tests.Hardening;

/// <summary>
/// What running <c>liveaccess plan --format json</c> on one corpus inventory must give.
/// </summary>
/// <param name="File">The file under tests/corpus/inventory.</param>
/// <param name="Exit">The exit code.</param>
/// <param name="Read">Rows read: every data row of the file (or, when the file stops being readable, the rows before that).</param>
/// <param name="Answered">The good rows, as <c>AppId@line</c>, in file order.</param>
/// <param name="Errors">
/// One entry per refused row, and one for a whole-file problem, in order: the text the error line
/// must start with after the path, e.g. <c>":4: [wx12345] AppId 'wx12345' is not valid"</c>.
/// </param>
/// <param name="FileRefused">Whether the file (or its rest) was refused as a whole, besides its rows.</param>
public sealed record InventoryCase(string File, int Exit, long Read, string[] Answered, string[] Errors, bool FileRefused = false)
{
    /// <summary>No rows, or no errors.</summary>
    public static string[] None { get; } = System.Array.Empty<string>();

    public override string ToString() => File;
}
