using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace LiveAccess.Cli.Tests.Hardening;

/// <summary>Runs the command on a corpus inventory and checks everything an <see cref="InventoryCase"/> promises.</summary>
internal static class CorpusRun
{
    public static CliResult Check(InventoryCase c, params string[] extraArgs)
    {
        var path = Corpus.Inventory(c.File);
        var r = Cli.Run(new[] { "plan", "--input", path, "--format", "json" }.Concat(extraArgs));
        Assert.True(c.Exit == r.ExitCode, $"exit {r.ExitCode}, expected {c.Exit}: {r}");
        Hostile.AssertNoStackTrace(r);

        // The totals add up, count every data row, and agree with what was answered and refused.
        var refusedRows = c.Errors.Length - (c.FileRefused ? 1 : 0);
        var totals = Totals.Of(r);
        Assert.Equal(new Totals(c.Read, c.Answered.Length, refusedRows, totals.Decisions), totals);

        // The good rows are answered (standard output stays one well-formed JSON array even when the file breaks off).
        Assert.Equal(c.Answered, AnsweredRows(r.Stdout));

        // Every message names the file; each refused row and the file's own problem is one line, in order.
        var lines = r.ErrorLines.Take(r.ErrorLines.Length - 1).ToArray();
        Assert.All(lines, line => Assert.StartsWith(path + ":", line));
        Assert.Equal(c.Errors.Length, lines.Length);
        for (var i = 0; i < lines.Length; i++)
            Assert.True(lines[i].StartsWith(path + c.Errors[i], StringComparison.Ordinal), $"line {i + 1} of stderr:\n{lines[i]}\nexpected to start with:\n{path + c.Errors[i]}");
        return r;
    }

    /// <summary><c>AppId@line</c> of each answered row (a row without a scenario has one decision per scenario).</summary>
    public static string[] AnsweredRows(string stdout)
    {
        using var doc = JsonDocument.Parse(stdout);
        var rows = new List<string>();
        foreach (var d in doc.RootElement.EnumerateArray())
        {
            var row = d.GetProperty("appId").GetString() + "@" + d.GetProperty("source").GetProperty("line").GetInt32();
            if (rows.Count == 0 || rows[^1] != row) rows.Add(row);
        }
        return rows.ToArray();
    }
}
