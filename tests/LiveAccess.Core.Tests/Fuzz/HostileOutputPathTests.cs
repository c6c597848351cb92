using System;
using System.IO;
using LiveAccess.Core.Reports;

namespace LiveAccess.Core.Tests.Fuzz;

/// <summary>
/// Output paths that are no regular file: an atomic write renames a temporary file over the
/// target, which would replace a device or a link with a plain file. They are refused before
/// anything is written.
/// </summary>
public sealed class HostileOutputPathTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("atomic-special-").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    [Theory]
    [InlineData("/dev/null")]
    [InlineData("/dev/stdout")]
    [InlineData("/dev/full")]
    public void A_Unix_device_is_refused_even_with_overwrite(string device)
    {
        if (Path.DirectorySeparatorChar != '/' || !File.Exists(device)) return; // Windows has none of these.
        Assert.Throws<OutputNotAFileException>(() => AtomicFile.Create(device, overwrite: true).Dispose());
    }

    [Fact]
    public void A_symbolic_link_is_refused_and_left_as_it_is()
    {
        var target = Path.Combine(_dir, "real.json");
        File.WriteAllText(target, "real");
        var link = Path.Combine(_dir, "link.json");
        File.CreateSymbolicLink(link, target);
        Assert.Throws<OutputNotAFileException>(() => AtomicFile.Create(link, overwrite: true).Dispose());
        Assert.Equal(target, new FileInfo(link).LinkTarget);
        Assert.Equal("real", File.ReadAllText(target));
        Assert.Equal(2, Directory.GetFiles(_dir).Length);
    }

    [Fact]
    public void A_regular_file_is_still_replaced_with_overwrite()
    {
        var path = Path.Combine(_dir, "report.json");
        File.WriteAllText(path, "old");
        using (var file = AtomicFile.Create(path, overwrite: true))
        {
            file.Stream.WriteByte((byte)'n');
            file.Commit();
        }
        Assert.Equal("n", File.ReadAllText(path));
    }
}
