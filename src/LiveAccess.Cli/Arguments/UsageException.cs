using System;

namespace LiveAccess.Cli.Arguments;

/// <summary>
/// The command line or the input cannot be used as given: the message (already in the user's
/// language) says what and how to fix it. Exit code 2.
/// </summary>
internal sealed class UsageException : Exception
{
    public UsageException(string message) : base(message) { }
    public UsageException() { }
    public UsageException(string message, Exception inner) : base(message, inner) { }
}
