using System;
using System.Linq;
using System.Xml.Linq;
using LiveAccess.Core.Domain;
using LiveAccess.Core.Reports;

namespace LiveAccess.Core.Tests.Reports;

public sealed class JUnitDecisionWriterTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 21, 8, 0, 0, TimeSpan.Zero);

    private static (XDocument Xml, System.Collections.Generic.List<Decision> Decisions) Run(FailOn failOn = FailOn.Ineligible)
    {
        var (text, decisions, _, _) = ReportRun.Render(c => new JUnitDecisionWriter(c, Start), failOn: failOn);
        return (XDocument.Parse(text), decisions);
    }

    [Fact]
    public void Counts_equal_the_cases_and_failures_sit_on_exactly_the_failing_decisions()
    {
        var (xml, decisions) = Run();
        var root = xml.Root!;
        Assert.Equal("testsuites", root.Name.LocalName);
        var suite = root.Elements("testsuite").First();
        var cases = suite.Elements("testcase").ToList();
        Assert.Equal(decisions.Count, cases.Count);
        Assert.Equal(cases.Count.ToString(), suite.Attribute("tests")!.Value);
        var failing = decisions.Where(d => d.Outcome == Outcome.Ineligible).Select(d => (ReportText.Program(d), d.Scenario)).ToHashSet();
        var failed = cases.Where(c => c.Element("failure") is not null).Select(c => (c.Attribute("classname")!.Value, c.Attribute("name")!.Value)).ToHashSet();
        Assert.Equal(failing, failed);
        Assert.Equal(failing.Count.ToString(), suite.Attribute("failures")!.Value);
        Assert.Equal(failing.Count.ToString(), root.Attribute("failures")!.Value);
        Assert.Equal((cases.Count + 1).ToString(), root.Attribute("tests")!.Value);
        Assert.Equal("1", root.Attribute("errors")!.Value);
        Assert.Equal("2026-11-21T08:00:00Z", suite.Attribute("timestamp")!.Value);
    }

    [Fact]
    public void A_failure_carries_the_reasons_and_remediations()
    {
        var (xml, _) = Run();
        var solo = xml.Descendants("testcase").Single(c => c.Attribute("classname")!.Value == "wx0000000000000002 (Solo)");
        Assert.Equal("ecommerce", solo.Attribute("name")!.Value);
        var failure = solo.Element("failure")!;
        Assert.Equal("ineligible", failure.Attribute("type")!.Value);
        Assert.StartsWith("ineligible: The mini program is registered to an individual", failure.Attribute("message")!.Value);
        Assert.Contains("[individual-entity]", failure.Value);
        Assert.Contains("Register the mini program under a non-individual entity", failure.Value);
        Assert.Contains("Input: examples/inventory.csv:3", failure.Value);
    }

    [Fact]
    public void Conditional_passes_with_its_story_under_the_default_gate_and_fails_under_fail_on_conditional()
    {
        var (lenient, _) = Run();
        var clinic = lenient.Descendants("testcase").Single(c => c.Attribute("classname")!.Value == "wx0000000000000003 (Clinic)");
        Assert.Null(clinic.Element("failure"));
        Assert.Contains("medical-category-required", clinic.Element("system-out")!.Value);

        var (strict, decisions) = Run(FailOn.Conditional);
        var failing = decisions.Count(d => d.Outcome != Outcome.Eligible);
        Assert.Equal(failing, strict.Descendants("failure").Count());
        Assert.Equal(failing.ToString(), strict.Root!.Attribute("failures")!.Value);
        Assert.Equal("conditional", strict.Descendants("failure").Single(f => f.Parent!.Attribute("classname")!.Value.Contains("Clinic")).Attribute("type")!.Value);
    }

    [Fact]
    public void Refused_rows_are_error_cases_in_their_own_suite()
    {
        var (xml, _) = Run();
        var refused = xml.Root!.Elements("testsuite").Single(s => s.Attribute("name")!.Value == "LiveAccess refused rows");
        Assert.Equal("1", refused.Attribute("errors")!.Value);
        var error = refused.Element("testcase")!.Element("error")!;
        Assert.Equal("bad-app-id", error.Attribute("type")!.Value);
        Assert.Equal("line 6 · wxBAD", refused.Element("testcase")!.Attribute("name")!.Value);
    }

    [Fact]
    public void Hostile_names_and_control_characters_keep_the_document_well_formed()
    {
        var records = ReportRun.Mixed().Append(InventoryRecord.Failed(new RowError("malformed-row", "bad \u0001 byte \uD800 and ]]> end", new SourceLocation("x.csv", 12), null)));
        var (text, _, _, _) = ReportRun.Render(c => new JUnitDecisionWriter(c, Start), records);
        var xml = XDocument.Parse(text);
        Assert.Contains(xml.Descendants("testcase"), c => c.Attribute("classname")!.Value == "wx0000000000000007 (" + ReportRun.HostileName + ")");
        Assert.Contains(xml.Descendants("error"), e => e.Value.StartsWith("bad \uFFFD byte \uFFFD and ]]> end"));
    }

    [Fact]
    public void Large_runs_spool_to_disk_and_stay_consistent()
    {
        var records = Enumerable.Range(0, 4000).Select(i => ReportRun.Row("big.csv", i + 2, "wx" + i.ToString("x16"), "Program " + i, i % 3 == 0 ? "individual" : "enterprise", "ecommerce", "电商平台/电商平台"));
        var (text, decisions, _, _) = ReportRun.Render(c => new JUnitDecisionWriter(c, Start), records);
        Assert.True(text.Length > TextSpool.DefaultThreshold);
        var xml = XDocument.Parse(text);
        Assert.Equal(4000, xml.Descendants("testcase").Count());
        Assert.Equal(decisions.Count(d => d.Outcome == Outcome.Ineligible), xml.Descendants("failure").Count());
        Assert.Equal("1334", xml.Root!.Attribute("failures")!.Value);
    }
}
