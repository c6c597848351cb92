using System;
using System.Text;
using LiveAccess.Cli.Arguments;

namespace LiveAccess.Cli.Running;

/// <summary>Turns an <c>--encoding</c> name into an encoding (code pages such as GB18030 included).</summary>
internal static class InputEncodings
{
    public static Encoding Parse(string name, CliSession session)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var key = name.Trim();
        if (string.Equals(key, "utf8", StringComparison.OrdinalIgnoreCase)) key = "utf-8";
        else if (string.Equals(key, "utf16", StringComparison.OrdinalIgnoreCase)) key = "utf-16";
        try
        {
            return Encoding.GetEncoding(key);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            // NotSupportedException: a name .NET knows but will not decode (UTF-7).
            throw new UsageException(session.Format("cli.usage.bad-encoding", name));
        }
    }
}
