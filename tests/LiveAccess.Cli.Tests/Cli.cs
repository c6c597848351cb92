using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;

namespace LiveAccess.Cli.Tests;

/// <summary>What one run of the command gave.</summary>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr, byte[] StdoutBytes)
{
    /// <summary>Standard error, line by line.</summary>
    public string[] ErrorLines => Stderr.Replace("\r\n", "\n").TrimEnd('\n').Split('\n');

    /// <summary>The last line of standard error (the totals of a run with input).</summary>
    public string LastErrorLine => ErrorLines[^1];

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}

/// <summary>Runs the built <c>liveaccess</c> (copied beside the tests by the project file) as a process.</summary>
public static class Cli
{
    /// <summary>The built command's assembly.</summary>
    public static string Dll { get; } = Path.Combine(AppContext.BaseDirectory, "cli", "liveaccess.dll");

    /// <summary>The repository root (for examples/).</summary>
    public static string RepoRoot { get; } = FindRoot();

    public static CliResult Run(params string[] args) => Run(args, stdin: null);

    public static CliResult Run(IEnumerable<string> args, byte[]? stdin = null, string? workingDirectory = null,
        IDictionary<string, string>? environment = null)
    {
        var start = StartInfo(args);
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.WorkingDirectory = workingDirectory ?? AppContext.BaseDirectory;
        // English and 100 columns unless a test says otherwise: the machine's locale must not matter.
        foreach (var name in new[] { "LC_ALL", "LC_MESSAGES", "LANGUAGE", "GITHUB_ACTIONS", "TF_BUILD", "GITHUB_STEP_SUMMARY", "GITHUB_WORKSPACE", "BUILD_SOURCESDIRECTORY", "AGENT_TEMPDIRECTORY" })
            start.Environment.Remove(name);
        start.Environment["LANG"] = "C.UTF-8";
        start.Environment["COLUMNS"] = "100";
        if (environment is not null)
            foreach (var (key, value) in environment) start.Environment[key] = value;

        using var process = Process.Start(start)!;
        var stdout = new MemoryStream();
        var stderr = new MemoryStream();
        var outTask = process.StandardOutput.BaseStream.CopyToAsync(stdout);
        var errTask = process.StandardError.BaseStream.CopyToAsync(stderr);
        if (stdin is not null)
        {
            try { process.StandardInput.BaseStream.Write(stdin); }
            catch (IOException) { /* the command may stop reading early */ }
        }
        process.StandardInput.Close();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("liveaccess did not finish in 120 s: " + string.Join(" ", args));
        }
        Task.WaitAll(outTask, errTask);
        var bytes = stdout.ToArray();
        return new CliResult(process.ExitCode, Encoding.UTF8.GetString(bytes), Encoding.UTF8.GetString(stderr.ToArray()), bytes);
    }

    /// <summary>
    /// How to start the command with these arguments: the built <c>liveaccess.dll</c> through the
    /// dotnet host; or, when <c>LIVEACCESS_COMMAND</c> names an executable (a published
    /// <c>liveaccess</c>, such as the self-contained precompiled build), that executable, so that the
    /// same suite checks what is shipped.
    /// </summary>
    public static ProcessStartInfo StartInfo(IEnumerable<string> args)
    {
        ProcessStartInfo start;
        if (Environment.GetEnvironmentVariable(CommandVariable) is { Length: > 0 } command)
        {
            if (!File.Exists(command)) throw new FileNotFoundException($"{CommandVariable} names no file.", command);
            start = new ProcessStartInfo(command);
        }
        else
        {
            if (!File.Exists(Dll)) throw new FileNotFoundException("The built liveaccess.dll is missing; build the test project.", Dll);
            start = new ProcessStartInfo(DotnetHost());
            start.ArgumentList.Add(Dll);
        }
        start.UseShellExecute = false;
        foreach (var a in args) start.ArgumentList.Add(a);
        return start;
    }

    /// <summary>The environment variable that points the suite at a published command.</summary>
    public const string CommandVariable = "LIVEACCESS_COMMAND";

    internal static string DotnetHost()
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(host) && File.Exists(host)) return host;
        var current = Environment.ProcessPath;
        if (current is not null && Path.GetFileNameWithoutExtension(current).Equals("dotnet", StringComparison.OrdinalIgnoreCase)) return current;
        return "dotnet";
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "LiveAccess.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("LiveAccess.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A temporary directory for a test's files, deleted afterwards.</summary>
public sealed class TempDir : IDisposable
{
    public TempDir() => Path = Directory.CreateTempSubdirectory("liveaccess-cli-").FullName;

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string Write(string name, string text, Encoding? encoding = null)
    {
        var path = File(name);
        System.IO.File.WriteAllText(path, text, encoding ?? new UTF8Encoding(false));
        return path;
    }

    public string WriteBytes(string name, byte[] bytes)
    {
        var path = File(name);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    public string[] Files() => Directory.GetFiles(Path).Select(System.IO.Path.GetFileName).ToArray()!;

    public void Dispose()
    {
        try { Directory.Delete(Path, true); }
        catch (IOException) { }
    }
}
