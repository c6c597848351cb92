using System;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using LiveAccess.Core.Rules.Precompiled;

namespace LiveAccess.Cli.Tests;

/// <summary>
/// The command starts from the default rules and messages its build precompiled from the YAML:
/// the form it embeds is byte for byte the one the YAML gives now (so it can never be stale or
/// edited by hand).
/// </summary>
public sealed class PrecompiledDefaultsTests
{
    private const string ResourceName = "LiveAccess.Cli.defaults.bin";

    [Fact]
    public void The_embedded_form_is_what_the_yaml_gives_now()
    {
        using var fresh = new MemoryStream();
        PrecompiledDefaults.Write(fresh);
        Assert.Equal(fresh.ToArray(), EmbeddedForm());
    }

    private static byte[] EmbeddedForm()
    {
        using var pe = new PEReader(File.OpenRead(Cli.Dll));
        var metadata = pe.GetMetadataReader();
        foreach (var handle in metadata.ManifestResources)
        {
            var resource = metadata.GetManifestResource(handle);
            if (metadata.GetString(resource.Name) != ResourceName) continue;
            var section = pe.GetSectionData(pe.PEHeaders.CorHeader!.ResourcesDirectory.RelativeVirtualAddress);
            var reader = section.GetReader((int)resource.Offset, section.Length - (int)resource.Offset);
            var length = reader.ReadInt32();
            return reader.ReadBytes(length);
        }
        throw new InvalidOperationException("liveaccess.dll embeds no " + ResourceName + ".");
    }
}
