using System;
using System.IO;
using System.Text;
using LiveAccess.Core.Rules.Precompiled;

namespace LiveAccess.Cli;

/// <summary>Entry point: UTF-8 standard streams, the terminal width, then <see cref="CliApp"/>.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        // The default rules and messages as the build precompiled them from the YAML: no YAML parsed at start-up.
        PrecompiledDefaults.Install(EmbeddedDefaults.Form);
        // UTF-8 without a byte order mark (what Encoding.Default is on .NET; naming UTF8Encoding would load
        // one more assembly at start-up).
        var utf8 = Encoding.Default;
        // Windows consoles show the bytes in their code page unless told they are UTF-8.
        if (OperatingSystem.IsWindows() && !Console.IsOutputRedirected) Console.OutputEncoding = utf8;
        var output = new StreamWriter(Console.OpenStandardOutput(), utf8, 64 * 1024) { AutoFlush = false };
        var error = new StreamWriter(Console.OpenStandardError(), utf8, 4 * 1024) { AutoFlush = true };
        var code = CliApp.Run(args, output, error, TerminalWidth());
        try
        {
            output.Flush();
        }
        catch (IOException)
        {
            // The reader went away (e.g. `| head`): nothing more to say to it.
        }
        return code;
    }

    // COLUMNS wins (scripts and tests set it), then the terminal, else 100; kept within 60..160.
    private static int TerminalWidth()
    {
        var width = 100;
        if (int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), out var columns)) width = columns;
        else if (!Console.IsOutputRedirected)
        {
            try { width = Console.WindowWidth; }
            catch (IOException) { }
        }
        return Math.Clamp(width <= 0 ? 100 : width, 60, 160);
    }
}
