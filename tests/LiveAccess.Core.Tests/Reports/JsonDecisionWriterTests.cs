using System.IO;
using System.Linq;
using System.Text.Json;
using LiveAccess.Core.Domain;
using LiveAccess.Core.Reports;

namespace LiveAccess.Core.Tests.Reports;

public sealed class JsonDecisionWriterTests
{
    private static string Write(params Decision[] decisions)
    {
        var output = new StringWriter();
        using var writer = new JsonDecisionWriter(ReportTestData.Context(output));
        foreach (var d in decisions) writer.WriteDecision(d);
        writer.Complete(ReportTestData.Totals(decisions));
        return output.ToString();
    }

    [Fact]
    public void No_decisions_is_an_empty_array() => Assert.Equal("[]", Write().Trim());

    [Fact]
    public void A_decision_has_the_contract_field_names_and_lower_case_values()
    {
        var decision = ReportTestData.Decide("wx0123456789abcdef", "商城", "enterprise", "ecommerce", "电商平台/电商平台").Single();
        using var doc = JsonDocument.Parse(Write(decision));
        var d = doc.RootElement.EnumerateArray().Single();
        foreach (var field in new[] { "appId", "name", "entityType", "scenario", "outcome", "eligible", "plans", "reasons", "remediations", "warnings", "provenance", "ruleSetVersion" })
            Assert.True(d.TryGetProperty(field, out _), field);
        Assert.Equal("wx0123456789abcdef", d.GetProperty("appId").GetString());
        Assert.Equal("商城", d.GetProperty("name").GetString());
        Assert.Equal("enterprise", d.GetProperty("entityType").GetString());
        Assert.Equal("eligible", d.GetProperty("outcome").GetString());
        Assert.True(d.GetProperty("eligible").GetBoolean());
        var plan = d.GetProperty("plans")[0];
        foreach (var field in new[] { "id", "vendor", "integration", "needsDevelopment", "matchedBy", "conditions", "docs" })
            Assert.True(plan.TryGetProperty(field, out _), field);
        Assert.Equal(new[] { "tencent-live-plugin", "zego-live-plugin" },
            d.GetProperty("plans").EnumerateArray().Select(p => p.GetProperty("id").GetString()).OrderBy(x => x));
        var provenance = d.GetProperty("provenance")[0];
        foreach (var field in new[] { "source", "title", "section", "date", "url" })
            Assert.True(provenance.TryGetProperty(field, out _), field);
        Assert.Equal("apps.csv", d.GetProperty("source").GetProperty("file").GetString());
        Assert.Equal(2, d.GetProperty("source").GetProperty("line").GetInt32());
    }

    [Fact]
    public void Chinese_text_is_written_as_is_not_escaped()
    {
        var decision = ReportTestData.Decide("wx0123456789abcdef", "商城", "enterprise", "ecommerce", "电商平台/电商平台").Single();
        var text = Write(decision);
        Assert.Contains("\"name\":\"商城\"", text);
        Assert.DoesNotContain("\\u", text);
    }

    [Fact]
    public void Conditional_plans_carry_their_conditions()
    {
        var decision = ReportTestData.Decide("wx0123456789abcdef", null, "enterprise", "medical-sales", "电商平台/电商平台").Single();
        using var doc = JsonDocument.Parse(Write(decision));
        var d = doc.RootElement[0];
        Assert.Equal("conditional", d.GetProperty("outcome").GetString());
        Assert.False(d.GetProperty("eligible").GetBoolean());
        Assert.All(d.GetProperty("plans").EnumerateArray(), p => Assert.NotEqual(0, p.GetProperty("conditions").GetArrayLength()));
        Assert.Equal("medical-category-required", d.GetProperty("plans")[0].GetProperty("conditions")[0].GetProperty("code").GetString());
    }

    [Fact]
    public void Many_decisions_stream_through_the_buffer_into_one_valid_array()
    {
        // Every scenario for many programs: far more than the 32 KB flush threshold.
        var decisions = Enumerable.Range(0, 40)
            .SelectMany(i => ReportTestData.Decide("wx" + i.ToString("x16"), "程序" + i, "enterprise", null, "社交/直播"))
            .ToArray();
        var text = Write(decisions);
        Assert.True(text.Length > 64 * 1024);
        using var doc = JsonDocument.Parse(text);
        Assert.Equal(decisions.Length, doc.RootElement.GetArrayLength());
        Assert.Equal("程序39", doc.RootElement[decisions.Length - 1].GetProperty("name").GetString());
    }

    [Fact]
    public void Each_decision_is_on_its_own_line()
    {
        var decisions = ReportTestData.Decide("wx0123456789abcdef", null, "government", null);
        var lines = Write(decisions).TrimEnd('\n').Split('\n');
        Assert.Equal(decisions.Length + 2, lines.Length);
        Assert.Equal("[", lines[0]);
        Assert.Equal("]", lines[^1]);
    }
}
