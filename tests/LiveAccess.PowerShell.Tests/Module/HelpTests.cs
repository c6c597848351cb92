using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using LiveAccess.PowerShell.Tests.Support;

namespace LiveAccess.PowerShell.Tests.Module;

/// <summary>
/// MAML help in both cultures documents every cmdlet and every parameter with examples, and
/// nothing that does not exist; about_LiveAccess exists in both and names every cmdlet.
/// </summary>
public sealed class HelpTests
{
    private static readonly XNamespace Maml = "http://schemas.microsoft.com/maml/2004/10";
    private static readonly XNamespace Command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
    private static readonly XNamespace Dev = "http://schemas.microsoft.com/maml/dev/2004/10";
    private static readonly Regex Chinese = new("[\u4e00-\u9fff]");
    private readonly CmdletSurface _surface = CmdletSurface.Load();

    public static TheoryData<string> Cultures() => new() { "en-US", "zh-CN" };

    private static Dictionary<string, XElement> Commands(string culture)
    {
        var doc = XDocument.Load(RepositoryLayout.Help(culture));
        Assert.Equal("helpItems", doc.Root!.Name.LocalName);
        Assert.Equal("maml", (string?)doc.Root.Attribute("schema"));
        return doc.Root.Elements(Command + "command")
            .ToDictionary(c => c.Element(Command + "details")!.Element(Command + "name")!.Value.Trim());
    }

    private static string Text(XElement? element) => element is null ? string.Empty : string.Concat(element.Descendants(Maml + "para").Select(p => p.Value)).Trim();

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Every_cmdlet_has_a_synopsis_a_description_and_examples(string culture)
    {
        var commands = Commands(culture);
        Assert.Equal(_surface.Cmdlets.Select(c => c.Name).OrderBy(n => n), commands.Keys.OrderBy(n => n));
        foreach (var (name, command) in commands)
        {
            var details = command.Element(Command + "details")!;
            Assert.False(string.IsNullOrEmpty(Text(details.Element(Maml + "description"))), $"{culture} {name}: synopsis");
            Assert.False(string.IsNullOrEmpty(Text(command.Element(Maml + "description"))), $"{culture} {name}: description");
            var examples = command.Element(Command + "examples")!.Elements(Command + "example").ToList();
            Assert.True(examples.Count >= 2, $"{culture} {name}: at least two examples");
            Assert.All(examples, e => Assert.Contains(name, e.Element(Dev + "code")!.Value));
            Assert.NotEmpty(command.Element(Command + "returnValues")!.Elements());
        }
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Every_parameter_is_documented_and_nothing_else(string culture)
    {
        var commands = Commands(culture);
        foreach (var cmdlet in _surface.Cmdlets)
        {
            var documented = commands[cmdlet.Name].Element(Command + "parameters")!.Elements(Command + "parameter")
                .ToDictionary(p => p.Element(Maml + "name")!.Value.Trim(), p => p);
            var declared = cmdlet.Parameters.Select(p => p.Name).ToList();
            foreach (var name in declared)
            {
                Assert.True(documented.ContainsKey(name), $"{culture} {cmdlet.Name} -{name} is not documented");
                Assert.False(string.IsNullOrEmpty(Text(documented[name].Element(Maml + "description"))), $"{culture} {cmdlet.Name} -{name}: description");
            }
            foreach (var name in documented.Keys)
                Assert.True(declared.Contains(name) || ModuleContract.CommonParameters.Contains(name), $"{culture} {cmdlet.Name} documents -{name}, which does not exist");
            var sets = cmdlet.Parameters.SelectMany(p => p.Sets).Select(s => s.Set).Where(s => s != "__AllParameterSets").Distinct().Count();
            var syntax = commands[cmdlet.Name].Element(Command + "syntax")!.Elements(Command + "syntaxItem").ToList();
            Assert.Equal(System.Math.Max(1, sets), syntax.Count);
            foreach (var name in syntax.SelectMany(i => i.Elements(Command + "parameter")).Select(p => p.Element(Maml + "name")!.Value.Trim()))
                Assert.True(declared.Contains(name) || ModuleContract.CommonParameters.Contains(name), $"{culture} {cmdlet.Name} syntax shows -{name}, which does not exist");
            if (cmdlet.SupportsShouldProcess)
                Assert.True(documented.ContainsKey("WhatIf") && documented.ContainsKey("Confirm"), $"{cmdlet.Name}: -WhatIf and -Confirm");
        }
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Documented_binding_matches_the_compiled_parameters(string culture)
    {
        var commands = Commands(culture);
        foreach (var cmdlet in _surface.Cmdlets)
        {
            var documented = commands[cmdlet.Name].Element(Command + "parameters")!.Elements(Command + "parameter")
                .ToDictionary(p => p.Element(Maml + "name")!.Value.Trim(), p => p);
            foreach (var p in cmdlet.Parameters)
            {
                var doc = documented[p.Name];
                Assert.Equal(p.ByPropertyName, ((string)doc.Attribute("pipelineInput")!).Contains("ByPropertyName"));
                Assert.Equal(p.Sets.Any(s => s.ValueFromPipeline), ((string)doc.Attribute("pipelineInput")!).Contains("ByValue"));
                Assert.Equal(p.SupportsWildcards, (string)doc.Attribute("globbing")! == "true");
                var aliases = (string)doc.Attribute("aliases")!;
                Assert.Equal(p.Aliases.OrderBy(a => a), aliases == "none" ? System.Array.Empty<string>() : aliases.Split(", ").OrderBy(a => a));
            }
        }
    }

    [Fact]
    public void The_Chinese_help_is_written_in_Chinese()
    {
        foreach (var (name, command) in Commands("zh-CN"))
        {
            Assert.Matches(Chinese, Text(command.Element(Command + "details")!.Element(Maml + "description")));
            foreach (var parameter in command.Element(Command + "parameters")!.Elements(Command + "parameter"))
                Assert.True(Chinese.IsMatch(Text(parameter.Element(Maml + "description"))), $"{name} -{parameter.Element(Maml + "name")!.Value}");
        }
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void The_about_topic_names_every_cmdlet(string culture)
    {
        var text = File.ReadAllText(RepositoryLayout.About(culture));
        Assert.Contains("about_LiveAccess", text);
        foreach (var cmdlet in _surface.Cmdlets) Assert.Contains(cmdlet.Name, text);
        if (culture == "zh-CN") Assert.Matches(Chinese, text);
    }
}
