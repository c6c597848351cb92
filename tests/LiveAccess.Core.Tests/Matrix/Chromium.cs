using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace LiveAccess.Core.Tests.Matrix;

/// <summary>
/// Headless Chromium (Debian's <c>chromium</c>) for tests that look at what a page shows. The
/// binary is taken from <c>LIVEACCESS_CHROMIUM</c> or found on the PATH; every run gets a fresh
/// profile directory and is stopped after a time limit.
/// </summary>
internal static class Chromium
{
    private static readonly string[] Names = { "chromium", "chromium-browser", "google-chrome", "google-chrome-stable" };

    public static readonly string? Path = Find();

    public static string SkipReason =>
        "Skipped: headless Chromium is not installed (apt-get install -y chromium, or set LIVEACCESS_CHROMIUM). .ci/run installs it, so this test runs in CI.";

    private static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable("LIVEACCESS_CHROMIUM");
        if (!string.IsNullOrEmpty(configured)) return File.Exists(configured) ? configured : null;
        var dirs = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return Names.SelectMany(n => dirs.Select(d => System.IO.Path.Combine(d, n))).FirstOrDefault(File.Exists);
    }

    /// <summary>Runs Chromium headless on a file with extra arguments; returns standard output.</summary>
    public static string Run(string file, params string[] arguments)
    {
        var profile = Directory.CreateTempSubdirectory("liveaccess-chromium-").FullName;
        try
        {
            var start = new ProcessStartInfo(Path ?? throw new InvalidOperationException(SkipReason))
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var a in new List<string>
                     {
                         "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                         "--disable-background-networking", "--disable-component-update", "--disable-sync",
                         "--hide-scrollbars", "--user-data-dir=" + profile,
                     }.Concat(arguments))
                start.ArgumentList.Add(a);
            start.ArgumentList.Add(new Uri(System.IO.Path.GetFullPath(file)).AbsoluteUri);
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(120)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("Chromium did not finish within 120 s.");
            }
            Task.WaitAll(stdout, stderr);
            if (process.ExitCode != 0) throw new InvalidOperationException($"Chromium exited with {process.ExitCode}: {stderr.Result}");
            return stdout.Result;
        }
        finally
        {
            try { Directory.Delete(profile, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}

/// <summary>A fact that is skipped, with the reason, where Chromium is not installed.</summary>
internal sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.Path is null) Skip = Chromium.SkipReason;
    }
}
