using System.Linq;
using LiveAccess.PowerShell.Tests.Support;

namespace LiveAccess.PowerShell.Tests.Surface;

/// <summary>Names and verbs as PowerShell users expect them, read from the built assembly.</summary>
public sealed class CmdletNamingTests
{
    private readonly CmdletSurface _surface = CmdletSurface.Load();

    [Fact]
    public void The_assembly_exports_exactly_the_contract_cmdlets()
    {
        Assert.Equal(ModuleContract.Cmdlets, _surface.Cmdlets.Select(c => c.Name).OrderBy(n => n, System.StringComparer.Ordinal));
    }

    [Fact]
    public void Every_verb_is_approved_and_known_to_Windows_PowerShell_5_1()
    {
        foreach (var cmdlet in _surface.Cmdlets)
        {
            Assert.True(ApprovedVerbs.All.Contains(cmdlet.Verb), $"{cmdlet.Name}: '{cmdlet.Verb}' is not an approved verb (Get-Verb)");
            Assert.False(ApprovedVerbs.NotIn51.Contains(cmdlet.Verb), $"{cmdlet.Name}: '{cmdlet.Verb}' is unknown to Windows PowerShell 5.1");
        }
    }

    [Fact]
    public void Nouns_are_singular_Pascal_case_and_prefixed_by_the_domain()
    {
        foreach (var cmdlet in _surface.Cmdlets)
        {
            Assert.Matches("^[A-Z][A-Za-z]+$", cmdlet.Noun);
            Assert.False(cmdlet.Noun.EndsWith('s'), $"{cmdlet.Name}: nouns are singular");
            Assert.True(cmdlet.Noun.StartsWith("Live") || cmdlet.Noun == "CategoryMatrix", $"{cmdlet.Name}: noun should name the domain");
        }
    }

    [Fact]
    public void Cmdlet_classes_are_public_sealed_and_named_after_the_cmdlet()
    {
        foreach (var cmdlet in _surface.Cmdlets)
        {
            Assert.True(cmdlet.Type.IsPublic && cmdlet.Type.IsSealed, $"{cmdlet.Type.FullName} must be public sealed");
            Assert.Equal(cmdlet.Verb + cmdlet.Noun + "Command", cmdlet.Type.Name);
            Assert.Equal("LiveAccess.PowerShell.Commands", cmdlet.Type.Namespace);
        }
    }

    [Fact]
    public void Parameter_names_are_Pascal_case_and_switches_are_SwitchParameter_not_bool()
    {
        foreach (var cmdlet in _surface.Cmdlets)
            foreach (var p in cmdlet.Parameters)
            {
                Assert.Matches("^[A-Z][A-Za-z]+$", p.Name);
                Assert.NotEqual("System.Boolean", p.TypeName);
            }
    }
}
