namespace LiveAccess.Cli;

/// <summary>The exit codes of <c>liveaccess</c> (public contract, documented in README.md).</summary>
internal static class ExitCodes
{
    /// <summary>Done; for <c>check</c>: every decision passes the gate.</summary>
    public const int Success = 0;
    /// <summary><c>check</c>: some decisions fail the gate (the report is written first).</summary>
    public const int GateFailed = 1;
    /// <summary>Usage or input error: bad option, unreadable file or rules, or refused rows.</summary>
    public const int InputError = 2;
}
