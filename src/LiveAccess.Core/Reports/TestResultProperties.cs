using System.Xml;

namespace LiveAccess.Core.Reports;

/// <summary>The <c>property</c> elements of the test-result reports (JUnit, NUnit): their form, and the run's own.</summary>
internal static class TestResultProperties
{
    /// <summary>What made the report: the tool and its version, the rule set version, what fails the gate.</summary>
    public static void WriteRun(XmlWriter x, ReportContext context)
    {
        Write(x, "tool", ProductInfo.Name + " " + ProductInfo.Version);
        Write(x, "ruleSetVersion", context.Rules.Version);
        Write(x, "failOn", Outcomes.Id(context.Gate.FailOn));
    }

    /// <summary>One <c>&lt;property name="…" value="…"/&gt;</c>, the value made XML-safe.</summary>
    public static void Write(XmlWriter x, string name, string value)
    {
        x.WriteStartElement("property");
        x.WriteAttributeString("name", name);
        x.WriteAttributeString("value", XmlText.Clean(value));
        x.WriteEndElement();
    }
}
