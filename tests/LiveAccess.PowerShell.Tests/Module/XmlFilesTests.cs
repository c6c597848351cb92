using System.IO;
using System.Linq;
using System.Xml;
using LiveAccess.PowerShell.Tests.Support;

namespace LiveAccess.PowerShell.Tests.Module;

/// <summary>Every .ps1xml and MAML help file in the repository is well-formed XML (PowerShell refuses the module otherwise).</summary>
public sealed class XmlFilesTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(RepositoryLayout.Root, "*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".ps1xml") || f.EndsWith("-Help.xml"))
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains("node_modules"))
                     .Select(f => Path.GetRelativePath(RepositoryLayout.Root, f)))
            data.Add(file);
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Is_well_formed(string relativePath)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit };
        using var reader = XmlReader.Create(Path.Combine(RepositoryLayout.Root, relativePath), settings);
        while (reader.Read()) { }
    }

    [Fact]
    public void The_module_ships_xml_files_to_check()
    {
        Assert.True(Files().Count >= 3);
    }
}
