using System;
using System.Linq;
using System.Xml.Linq;
using LiveAccess.Core.Domain;
using LiveAccess.Core.Reports;

namespace LiveAccess.Core.Tests.Reports;

public sealed class NUnitDecisionWriterTests
{
    private static (XDocument Xml, System.Collections.Generic.List<Decision> Decisions) Run(FailOn failOn = FailOn.Ineligible)
    {
        var (text, decisions, _, _) = ReportRun.Render(c => new NUnitDecisionWriter(c, new DateTimeOffset(2026, 11, 21, 8, 0, 0, TimeSpan.Zero)), failOn: failOn);
        return (XDocument.Parse(text), decisions);
    }

    private static int Int(XElement e, string attribute) => int.Parse(e.Attribute(attribute)!.Value);

    [Fact]
    public void Counts_add_up_at_every_level()
    {
        var (xml, decisions) = Run();
        var run = xml.Root!;
        Assert.Equal("test-run", run.Name.LocalName);
        var cases = xml.Descendants("test-case").ToList();
        Assert.Equal(decisions.Count + 1, cases.Count);
        Assert.Equal(cases.Count, Int(run, "total"));
        Assert.Equal(cases.Count, Int(run, "testcasecount"));
        Assert.Equal(cases.Count(c => c.Attribute("result")!.Value == "Passed"), Int(run, "passed"));
        Assert.Equal(cases.Count(c => c.Attribute("result")!.Value == "Failed"), Int(run, "failed"));
        Assert.Equal("Failed", run.Attribute("result")!.Value);
        foreach (var suite in xml.Descendants("test-suite"))
        {
            var inner = suite.Descendants("test-case").ToList();
            Assert.Equal(inner.Count, Int(suite, "total"));
            Assert.Equal(inner.Count(c => c.Attribute("result")!.Value == "Failed"), Int(suite, "failed"));
            Assert.Equal(inner.Any(c => c.Attribute("result")!.Value == "Failed") ? "Failed" : "Passed", suite.Attribute("result")!.Value);
        }
        Assert.Equal(cases.Count, cases.Select(c => c.Attribute("id")!.Value).Distinct().Count());
    }

    [Fact]
    public void One_fixture_per_program_one_case_per_scenario_and_failures_on_exactly_the_failing_decisions()
    {
        var (xml, decisions) = Run();
        var fixtures = xml.Descendants("test-suite").Where(s => s.Attribute("type")!.Value == "TestFixture").ToList();
        Assert.Equal(7 + 1, fixtures.Count);
        var all = fixtures.Single(f => f.Attribute("name")!.Value == "wx0000000000000008 (All scenarios)");
        Assert.Equal(15, all.Elements("test-case").Count());
        Assert.Equal("wx0000000000000008@9", all.Attribute("fullname")!.Value);

        var failing = decisions.Where(d => d.Outcome == Outcome.Ineligible).Select(d => (ReportText.Program(d), d.Scenario)).ToHashSet();
        var failed = xml.Descendants("test-case").Where(c => c.Element("failure") is not null && c.Attribute("label") is null)
            .Select(c => (c.Attribute("classname")!.Value, c.Attribute("name")!.Value)).ToHashSet();
        Assert.Equal(failing, failed);
        Assert.All(xml.Descendants("test-case").Where(c => c.Element("failure") is not null), c => Assert.Equal("Failed", c.Attribute("result")!.Value));

        var solo = xml.Descendants("test-case").Single(c => c.Attribute("classname")?.Value == "wx0000000000000002 (Solo)");
        var failure = solo.Element("failure")!;
        Assert.StartsWith("ineligible: The mini program is registered to an individual", failure.Element("message")!.Value);
        Assert.Contains("Register the mini program under a non-individual entity", failure.Element("stack-trace")!.Value);
        Assert.Equal("3", solo.Element("properties")!.Elements("property").Single(p => p.Attribute("name")!.Value == "line").Attribute("value")!.Value);
    }

    [Fact]
    public void Refused_rows_are_failed_cases_labelled_error()
    {
        var (xml, _) = Run();
        var refused = xml.Descendants("test-case").Single(c => c.Attribute("label")?.Value == "Error");
        Assert.Equal("Failed", refused.Attribute("result")!.Value);
        Assert.StartsWith("bad-app-id:", refused.Element("failure")!.Element("message")!.Value);
    }

    [Fact]
    public void Fail_on_conditional_fails_the_conditional_cases_too()
    {
        var (xml, decisions) = Run(FailOn.Conditional);
        Assert.Equal(decisions.Count(d => d.Outcome != Outcome.Eligible) + 1, Int(xml.Root!, "failed"));
        var clinic = xml.Descendants("test-case").Single(c => c.Attribute("classname")?.Value == "wx0000000000000003 (Clinic)");
        Assert.Equal("Failed", clinic.Attribute("result")!.Value);
    }

    [Fact]
    public void An_all_eligible_run_passes()
    {
        var (text, _, _, _) = ReportRun.Render(c => new NUnitDecisionWriter(c), ReportRun.Mixed().Take(1));
        var xml = XDocument.Parse(text);
        Assert.Equal("Passed", xml.Root!.Attribute("result")!.Value);
        Assert.Equal(0, Int(xml.Root!, "failed"));
        Assert.NotNull(xml.Descendants("test-case").Single().Element("output"));
    }
}
