using System.Text.RegularExpressions;

namespace LiveAccess.Cli.Tests.Hardening;

/// <summary>What every run on hostile input must show: no stack trace, no exception type, a balanced totals line.</summary>
internal static class Hostile
{
    // A .NET stack frame ("   at Namespace.Type.Method(...)") or an exception type name.
    private static readonly Regex StackFrame = new(@"^\s+at \S+\(.*\)", RegexOptions.Multiline);
    private static readonly Regex ExceptionName = new(@"\b\w*Exception\b");

    public static void AssertNoStackTrace(CliResult r)
    {
        foreach (var text in new[] { r.Stdout, r.Stderr })
        {
            Assert.False(StackFrame.IsMatch(text), "stack trace in the output: " + r);
            Assert.False(ExceptionName.IsMatch(text), "exception type name in the output: " + r);
        }
    }
}
