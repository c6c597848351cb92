using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;

namespace LiveAccess.Cli.Tests.Hardening;

/// <summary>
/// A run stopped part way (Ctrl+C, a CI job cancelled, <c>timeout</c>, <c>docker stop</c>) leaves
/// the previous report as it was and no temporary file behind. The input is standard input held
/// open, so the command is certainly still working when the signal comes.
/// </summary>
public sealed class InterruptionTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public void A_signal_mid_run_keeps_the_old_report_and_leaves_no_temporary_file(string signal)
    {
        if (OperatingSystem.IsWindows()) return; // POSIX signals.
        var report = _dir.Write("report.json", "previous report");
        var start = Cli.StartInfo(new[] { "plan", "--input", "-", "--output", report, "--force", "--format", "json" });
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start)!;
        process.StandardInput.Write("AppId,Name,EntityType,Categories,Scenario\nwx1a2b3c4d5e6f7081,a,企业,社交/直播,entertainment\n");
        process.StandardInput.Flush();

        // The temporary file exists from the start of the run; then the command waits for more input.
        var waited = 0;
        while (TempFiles().Length == 0 && waited < 30_000) { Thread.Sleep(50); waited += 50; }
        Assert.NotEmpty(TempFiles());
        // The file is created a moment before the command hooks the signals; let it reach the
        // read that waits for more input (not a timing assertion: only a head start).
        Thread.Sleep(1000);
        using (var kill = Process.Start("kill", new[] { "-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) })) kill.WaitForExit();
        Assert.True(process.WaitForExit(30_000), "the command did not stop on SIG" + signal);

        Assert.Equal("previous report", File.ReadAllText(report));
        Assert.Empty(TempFiles());
    }

    private string[] TempFiles() => _dir.Files().Where(f => f.EndsWith(".tmp", StringComparison.Ordinal)).ToArray();
}
