using System.Collections.Generic;
using LiveAccess.Core.Text;
using YamlDotNet.Core;

namespace LiveAccess.Core.Rules;

// The rule file as written, with the position of everything a later check may point at.
// These are the parse result; RuleSetBuilder validates and compiles them into the public model.

internal sealed record Located(string Value, Mark Mark);

internal sealed class RuleFileDefinition
{
    public string File = "";
    public string? Version;
    public LocalizedText? Title;
    public string Mode = "replace";
    public Mark ModeMark = Mark.Empty;
    public List<SourceDefinition> Sources = new();
    public List<PlanDefinition> Plans = new();
    public List<PrimaryDefinition> Categories = new();
    public List<ScenarioDefinition> Scenarios = new();
    public List<RouteDefinition> Routes = new();
    public List<Located> RemoveRoutes = new();
}

internal sealed class SourceDefinition
{
    public Located Id = new("", Mark.Empty);
    public LocalizedText Title = new("", "");
    public string? Url, File, Date, Retrieved;
}

internal sealed class PlanDefinition
{
    public Located Id = new("", Mark.Empty);
    public string Vendor = "";
    public Located Integration = new("", Mark.Empty);
    public bool NeedsDevelopment;
    public LocalizedText Name = new("", "");
    public string? Docs;
    public LocalizedText? Setup;
}

internal sealed class PrimaryDefinition
{
    public Located Id = new("", Mark.Empty);
    public string Zh = "", En = "";
    public List<string> Aliases = new();
    public List<SecondaryDefinition> Secondaries = new();
}

internal sealed class SecondaryDefinition
{
    public Located Id = new("", Mark.Empty);
    public string Zh = "", En = "";
    public List<string> Aliases = new();
}

internal sealed class SourceRefDefinition
{
    public Located Ref = new("", Mark.Empty);
    public string? Section;
}

internal sealed class MessageDefinition
{
    public string Code = "";
    public Mark Mark = Mark.Empty;
    public LocalizedText Text = new("", "");
    public SourceRefDefinition? Source;
}

internal sealed class ScenarioDefinition
{
    public Located Id = new("", Mark.Empty);
    public LocalizedText Name = new("", "");
    public List<Located> Aliases = new();
    public SourceRefDefinition? Source;
    public List<Located> Includes = new();
    public List<Located>? RequiresCategories;
    public MessageDefinition? Requires;
    public List<MessageDefinition> Notes = new();
}

internal sealed class RouteDefinition
{
    public Located Id = new("", Mark.Empty);
    public Located Scenario = new("", Mark.Empty);
    public Mark WhenMark = Mark.Empty;
    public bool Always;
    public List<Located> Entities = new();
    public List<Located> AnyCategory = new();
    public List<Located> Plans = new();
    public SourceRefDefinition? Source;
    public List<SourceRefDefinition> AlsoFrom = new();
    public MessageDefinition? Condition;
}
