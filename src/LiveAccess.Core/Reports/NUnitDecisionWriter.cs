using System;
using System.Collections.Generic;
using System.Xml;
using LiveAccess.Core.Domain;
using LiveAccess.Core.Evaluation;

namespace LiveAccess.Core.Reports;

/// <summary>
/// NUnit 3 XML (<c>test-run</c>) for Azure DevOps PublishTestResults (testResultsFormat NUnit):
/// one <c>TestFixture</c> per program (AppId and name), one <c>test-case</c> per decision named
/// after the scenario, with a <c>failure</c> (reasons and remediations) on every decision that
/// fails the gate; refused rows as failed cases labelled <c>Error</c> in their own fixture.
/// Fixtures are written to a disk spool (one program's decisions in memory at a time) and the
/// document with its counts is composed at <see cref="Complete"/>.
/// </summary>
public sealed class NUnitDecisionWriter : IDecisionWriter
{
    private readonly ReportContext _context;
    private readonly ReportLabels _labels;
    private readonly DateTimeOffset _started;
    private readonly TextSpool _fixtures = new();
    private readonly List<Decision> _program = new();
    private readonly List<RowError> _refusedBatch = new();
    private readonly TextSpool _refused = new();
    private long _nextId = 2, _total, _passed, _failed, _refusedCount;
    private readonly XmlFragments.Writer _fragments = new();
    private bool _completed;

    /// <summary>Creates the writer; <paramref name="startedAt"/> stamps the run (now when null).</summary>
    public NUnitDecisionWriter(ReportContext context, DateTimeOffset? startedAt = null)
    {
        _context = context ?? throw new ArgumentNullException(nameof(context));
        _labels = new ReportLabels(context.Language);
        _started = startedAt ?? DateTimeOffset.UtcNow;
    }

    /// <inheritdoc />
    public void WriteDecision(Decision decision)
    {
        if (decision is null) throw new ArgumentNullException(nameof(decision));
        if (_program.Count > 0 && !ReferenceEquals(_program[0].Program, decision.Program)) FlushProgram();
        _program.Add(decision);
    }

    /// <inheritdoc />
    public void WriteError(RowError error)
    {
        if (error is null) throw new ArgumentNullException(nameof(error));
        _refusedCount++;
        var ordinal = _refusedCount;
        _refused.Write(_fragments.Fragment(x =>
        {
            var name = TestCaseText.ErrorName(error, _labels, ordinal);
            StartCase(x, name, XmlText.Clean(_labels["junit.refused-suite"]) + "." + name, "Failed");
            x.WriteAttributeString("label", "Error");
            x.WriteStartElement("failure");
            x.WriteElementString("message", XmlText.Clean(error.Code + ": " + error.Message));
            x.WriteElementString("stack-trace", TestCaseText.Error(error, _labels));
            x.WriteEndElement();
            x.WriteEndElement();
        }));
    }

    /// <inheritdoc />
    public void Complete(RunTotals totals)
    {
        if (totals is null) throw new ArgumentNullException(nameof(totals));
        if (_completed) return;
        _completed = true;
        if (_program.Count > 0) FlushProgram();
        var total = _total + _refusedCount;
        var failed = _failed + _refusedCount;
        var result = failed > 0 ? "Failed" : "Passed";
        XmlFragments.WriteDocument(_context.Output, x =>
        {
            x.WriteStartElement("test-run");
            x.WriteAttributeString("id", "0");
            x.WriteAttributeString("name", ProductInfo.Name);
            x.WriteAttributeString("fullname", ProductInfo.Name);
            x.WriteAttributeString("runstate", "Runnable");
            Counts(x, total, _passed, failed, result);
            x.WriteAttributeString("engine-version", ProductInfo.Version);
            Times(x);

            x.WriteStartElement("test-suite");
            x.WriteAttributeString("type", "Assembly");
            x.WriteAttributeString("id", "1");
            x.WriteAttributeString("name", XmlText.Clean(InventoryPaths.Relative(_context.InventoryPath) ?? ProductInfo.Name));
            x.WriteAttributeString("fullname", XmlText.Clean(_context.InventoryPath ?? ProductInfo.Name));
            x.WriteAttributeString("runstate", "Runnable");
            Counts(x, total, _passed, failed, result);
            Times(x);
            x.WriteStartElement("properties");
            TestResultProperties.WriteRun(x, _context);
            x.WriteEndElement();
            XmlFragments.WriteSpool(x, _fixtures);
            if (_refusedCount > 0)
            {
                StartFixture(x, "1-refused", _labels["junit.refused-suite"], _labels["junit.refused-suite"]);
                Counts(x, _refusedCount, 0, _refusedCount, "Failed");
                Times(x);
                XmlFragments.WriteSpool(x, _refused);
                x.WriteEndElement();
            }
            x.WriteEndElement();
            x.WriteEndElement();
        });
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _fragments.Dispose();
        _fixtures.Dispose();
        _refused.Dispose();
    }

    private void FlushProgram()
    {
        var first = _program[0];
        var fixture = TestCaseText.Fixture(first);
        var fullname = first.Source is { Line: > 0 } s ? XmlText.Clean(first.AppId + "@" + s.Line) : XmlText.Clean(first.AppId);
        long passed = 0, failed = 0;
        foreach (var d in _program) if (_context.Gate.Fails(d)) failed++; else passed++;
        _total += _program.Count;
        _passed += passed;
        _failed += failed;
        var fixtureId = _nextId++;
        _fixtures.Write(_fragments.Fragment(x =>
        {
            StartFixture(x, XmlFragments.Number(fixtureId), fixture, fullname);
            Counts(x, _program.Count, passed, failed, failed > 0 ? "Failed" : "Passed");
            Times(x);
            foreach (var d in _program) WriteCase(x, d, fixture, fullname);
            x.WriteEndElement();
        }));
        _program.Clear();
    }

    private void WriteCase(XmlWriter x, Decision d, string fixture, string fixtureFullName)
    {
        var fails = _context.Gate.Fails(d);
        StartCase(x, XmlText.Clean(d.Scenario), fixtureFullName + "." + XmlText.Clean(d.Scenario), fails ? "Failed" : "Passed");
        x.WriteAttributeString("classname", fixture);
        x.WriteAttributeString("methodname", XmlText.Clean(d.Scenario));
        x.WriteStartElement("properties");
        TestResultProperties.Write(x, "appId", d.AppId);
        TestResultProperties.Write(x, "scenario", d.Scenario);
        TestResultProperties.Write(x, "outcome", Outcomes.Id(d.Outcome));
        if (d.Source is { Line: > 0 } s) TestResultProperties.Write(x, "line", XmlFragments.Number(s.Line));
        x.WriteEndElement();
        if (fails)
        {
            x.WriteStartElement("failure");
            x.WriteElementString("message", TestCaseText.Message(d, _labels));
            x.WriteElementString("stack-trace", TestCaseText.Body(d, _labels));
            x.WriteEndElement();
        }
        else
        {
            x.WriteElementString("output", TestCaseText.Body(d, _labels));
        }
        x.WriteEndElement();
    }

    private void StartCase(XmlWriter x, string name, string fullname, string result)
    {
        x.WriteStartElement("test-case");
        x.WriteAttributeString("id", XmlFragments.Number(_nextId++));
        x.WriteAttributeString("name", name);
        x.WriteAttributeString("fullname", fullname);
        x.WriteAttributeString("runstate", "Runnable");
        x.WriteAttributeString("seed", "0");
        x.WriteAttributeString("result", result);
        Times(x);
        x.WriteAttributeString("asserts", "0");
    }

    private static void StartFixture(XmlWriter x, string id, string name, string fullname)
    {
        x.WriteStartElement("test-suite");
        x.WriteAttributeString("type", "TestFixture");
        x.WriteAttributeString("id", id);
        x.WriteAttributeString("name", XmlText.Clean(name));
        x.WriteAttributeString("fullname", XmlText.Clean(fullname));
        x.WriteAttributeString("classname", XmlText.Clean(name));
        x.WriteAttributeString("runstate", "Runnable");
    }

    private static void Counts(XmlWriter x, long total, long passed, long failed, string result)
    {
        x.WriteAttributeString("testcasecount", XmlFragments.Number(total));
        x.WriteAttributeString("result", result);
        x.WriteAttributeString("total", XmlFragments.Number(total));
        x.WriteAttributeString("passed", XmlFragments.Number(passed));
        x.WriteAttributeString("failed", XmlFragments.Number(failed));
        x.WriteAttributeString("warnings", "0");
        x.WriteAttributeString("inconclusive", "0");
        x.WriteAttributeString("skipped", "0");
        x.WriteAttributeString("asserts", "0");
    }

    private void Times(XmlWriter x)
    {
        x.WriteAttributeString("start-time", XmlFragments.Time(_started));
        x.WriteAttributeString("end-time", XmlFragments.Time(_started));
        x.WriteAttributeString("duration", "0");
    }
}
