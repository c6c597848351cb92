using System;
using System.Xml;
using LiveAccess.Core.Domain;
using LiveAccess.Core.Evaluation;

namespace LiveAccess.Core.Reports;

/// <summary>
/// JUnit XML for Azure DevOps PublishTestResults, GitHub test reporters and Jenkins: one
/// <c>testcase</c> per decision (classname = AppId and name, name = scenario) with a
/// <c>failure</c> (reasons and remediations) on every decision that fails the gate; refused rows
/// as <c>error</c> cases in a second suite. The counts come first in the document, so cases wait
/// in a disk spool and the document is composed at <see cref="Complete"/>.
/// </summary>
public sealed class JUnitDecisionWriter : IDecisionWriter
{
    private readonly ReportContext _context;
    private readonly ReportLabels _labels;
    private readonly DateTimeOffset _started;
    private readonly TextSpool _cases = new();
    private readonly TextSpool _refused = new();
    private long _tests, _failures, _errors;
    private readonly XmlFragments.Writer _fragments = new();
    private bool _completed;

    /// <summary>Creates the writer; <paramref name="startedAt"/> stamps the suite (now when null).</summary>
    public JUnitDecisionWriter(ReportContext context, DateTimeOffset? startedAt = null)
    {
        _context = context ?? throw new ArgumentNullException(nameof(context));
        _labels = new ReportLabels(context.Language);
        _started = startedAt ?? DateTimeOffset.UtcNow;
    }

    /// <inheritdoc />
    public void WriteDecision(Decision decision)
    {
        if (decision is null) throw new ArgumentNullException(nameof(decision));
        _tests++;
        var fails = _context.Gate.Fails(decision);
        if (fails) _failures++;
        _cases.Write(_fragments.Fragment(x =>
        {
            x.WriteStartElement("testcase");
            x.WriteAttributeString("name", XmlText.Clean(decision.Scenario));
            x.WriteAttributeString("classname", TestCaseText.Fixture(decision));
            x.WriteAttributeString("time", "0");
            if (fails)
            {
                x.WriteStartElement("failure");
                x.WriteAttributeString("message", TestCaseText.Message(decision, _labels));
                x.WriteAttributeString("type", Outcomes.Id(decision.Outcome));
                x.WriteString(TestCaseText.Body(decision, _labels));
                x.WriteEndElement();
            }
            else
            {
                x.WriteElementString("system-out", TestCaseText.Body(decision, _labels));
            }
            x.WriteEndElement();
        }));
    }

    /// <inheritdoc />
    public void WriteError(RowError error)
    {
        if (error is null) throw new ArgumentNullException(nameof(error));
        _errors++;
        _refused.Write(_fragments.Fragment(x =>
        {
            x.WriteStartElement("testcase");
            x.WriteAttributeString("name", TestCaseText.ErrorName(error, _labels, _errors));
            x.WriteAttributeString("classname", XmlText.Clean(_labels["junit.refused-suite"]));
            x.WriteAttributeString("time", "0");
            x.WriteStartElement("error");
            x.WriteAttributeString("message", XmlText.Clean(error.Code + ": " + error.Message));
            x.WriteAttributeString("type", XmlText.Clean(error.Code));
            x.WriteString(TestCaseText.Error(error, _labels));
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
        XmlFragments.WriteDocument(_context.Output, x =>
        {
            x.WriteStartElement("testsuites");
            x.WriteAttributeString("name", ProductInfo.Name);
            x.WriteAttributeString("tests", XmlFragments.Number(_tests + _errors));
            x.WriteAttributeString("failures", XmlFragments.Number(_failures));
            x.WriteAttributeString("errors", XmlFragments.Number(_errors));
            x.WriteAttributeString("time", "0");

            StartSuite(x, 0, _labels["junit.suite"], _tests, _failures, 0);
            x.WriteStartElement("properties");
            TestResultProperties.WriteRun(x, _context);
            TestResultProperties.Write(x, "inventory", InventoryPaths.Relative(_context.InventoryPath) ?? "-");
            x.WriteEndElement();
            XmlFragments.WriteSpool(x, _cases);
            x.WriteEndElement();

            if (_errors > 0)
            {
                StartSuite(x, 1, _labels["junit.refused-suite"], _errors, 0, _errors);
                XmlFragments.WriteSpool(x, _refused);
                x.WriteEndElement();
            }
            x.WriteEndElement();
        });
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _fragments.Dispose();
        _cases.Dispose();
        _refused.Dispose();
    }

    private void StartSuite(XmlWriter x, int id, string name, long tests, long failures, long errors)
    {
        x.WriteStartElement("testsuite");
        x.WriteAttributeString("name", XmlText.Clean(name));
        x.WriteAttributeString("tests", XmlFragments.Number(tests));
        x.WriteAttributeString("failures", XmlFragments.Number(failures));
        x.WriteAttributeString("errors", XmlFragments.Number(errors));
        x.WriteAttributeString("skipped", "0");
        x.WriteAttributeString("time", "0");
        x.WriteAttributeString("timestamp", XmlFragments.Time(_started));
        x.WriteAttributeString("hostname", "localhost");
        x.WriteAttributeString("id", XmlFragments.Number(id));
        x.WriteAttributeString("package", "liveaccess");
    }
}
