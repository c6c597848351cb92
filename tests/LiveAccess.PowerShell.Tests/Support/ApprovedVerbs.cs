using System;
using System.Collections.Generic;
using System.Linq;

namespace LiveAccess.PowerShell.Tests.Support;

/// <summary>
/// PowerShell's approved verbs as <c>Get-Verb</c> lists them in PowerShell 7.4 (100 verbs), with the
/// two that Windows PowerShell 5.1 does not know yet. Source: the output of <c>Get-Verb</c>, also
/// published at https://learn.microsoft.com/powershell/scripting/developer/cmdlet/approved-verbs-for-windows-powershell-commands
/// </summary>
internal static class ApprovedVerbs
{
    public static readonly IReadOnlyDictionary<string, string[]> ByGroup = new Dictionary<string, string[]>
    {
        ["Common"] = new[] { "Add", "Clear", "Close", "Copy", "Enter", "Exit", "Find", "Format", "Get", "Hide", "Join", "Lock", "Move", "New", "Open", "Optimize", "Pop", "Push", "Redo", "Remove", "Rename", "Reset", "Resize", "Search", "Select", "Set", "Show", "Skip", "Split", "Step", "Switch", "Undo", "Unlock", "Watch" },
        ["Communications"] = new[] { "Connect", "Disconnect", "Read", "Receive", "Send", "Write" },
        ["Data"] = new[] { "Backup", "Checkpoint", "Compare", "Compress", "Convert", "ConvertFrom", "ConvertTo", "Dismount", "Edit", "Expand", "Export", "Group", "Import", "Initialize", "Limit", "Merge", "Mount", "Out", "Publish", "Restore", "Save", "Sync", "Unpublish", "Update" },
        ["Diagnostic"] = new[] { "Debug", "Measure", "Ping", "Repair", "Resolve", "Test", "Trace" },
        ["Lifecycle"] = new[] { "Approve", "Assert", "Build", "Complete", "Confirm", "Deny", "Deploy", "Disable", "Enable", "Install", "Invoke", "Register", "Request", "Restart", "Resume", "Start", "Stop", "Submit", "Suspend", "Uninstall", "Unregister", "Wait" },
        ["Security"] = new[] { "Block", "Grant", "Protect", "Revoke", "Unblock", "Unprotect" },
        ["Other"] = new[] { "Use" },
    };

    /// <summary>Verbs PowerShell 6+ added; Windows PowerShell 5.1 warns on import for them.</summary>
    public static readonly IReadOnlySet<string> NotIn51 = new HashSet<string>(StringComparer.Ordinal) { "Build", "Deploy" };

    public static readonly IReadOnlySet<string> All = ByGroup.Values.SelectMany(v => v).ToHashSet(StringComparer.Ordinal);
}
