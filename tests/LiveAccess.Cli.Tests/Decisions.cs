using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace LiveAccess.Cli.Tests;

/// <summary>One decision of <c>--format json</c>, read with System.Text.Json.</summary>
public sealed record JsonDecision(string AppId, string? Name, string EntityType, string Scenario, string Outcome, bool Eligible, string[] Plans, JsonElement Raw)
{
    public static IReadOnlyList<JsonDecision> Parse(string stdout)
    {
        using var doc = JsonDocument.Parse(stdout);
        Assert.Equal(JsonValueKind.Array, doc.RootElement.ValueKind);
        return doc.RootElement.EnumerateArray().Select(d => new JsonDecision(
            d.GetProperty("appId").GetString()!,
            d.GetProperty("name").GetString(),
            d.GetProperty("entityType").GetString()!,
            d.GetProperty("scenario").GetString()!,
            d.GetProperty("outcome").GetString()!,
            d.GetProperty("eligible").GetBoolean(),
            d.GetProperty("plans").EnumerateArray().Select(p => p.GetProperty("id").GetString()!).OrderBy(x => x, System.StringComparer.Ordinal).ToArray(),
            d.Clone())).ToList();
    }

    public static string[] Sorted(params string[] ids) => ids.OrderBy(x => x, System.StringComparer.Ordinal).ToArray();
}

/// <summary>The numbers of the totals line (English).</summary>
public sealed record Totals(long Read, long Answered, long Refused, long Decisions)
{
    private static readonly System.Text.RegularExpressions.Regex Pattern =
        new(@"^Rows read: (\d+), answered: (\d+), refused: (\d+); decisions: (\d+) \(eligible (\d+), conditional (\d+), ineligible (\d+)\)\.$");

    public static Totals Of(CliResult result)
    {
        var m = Pattern.Match(result.LastErrorLine);
        Assert.True(m.Success, "last stderr line is not the totals line: " + result);
        long N(int i) => long.Parse(m.Groups[i].Value);
        Assert.Equal(N(1), N(2) + N(3));
        Assert.Equal(N(4), N(5) + N(6) + N(7));
        return new Totals(N(1), N(2), N(3), N(4));
    }
}
