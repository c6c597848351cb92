using System;
using System.IO;
using System.Text;
using LiveAccess.Core.Reports;

namespace LiveAccess.Core.Tests.Reports;

public sealed class AtomicFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("atomic-").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    private static void Write(AtomicFile file, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        file.Stream.Write(bytes, 0, bytes.Length);
    }

    [Fact]
    public void Content_appears_only_on_commit_and_no_temporary_file_remains()
    {
        var path = Path.Combine(_dir, "report.json");
        using (var file = AtomicFile.Create(path, overwrite: false))
        {
            Write(file, "[]");
            Assert.False(File.Exists(path));
            Assert.Equal(_dir, Path.GetDirectoryName(file.TempPath));
            file.Commit();
        }
        Assert.Equal("[]", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(_dir));
    }

    [Fact]
    public void Disposing_without_commit_leaves_nothing_behind()
    {
        var path = Path.Combine(_dir, "report.json");
        using (var file = AtomicFile.Create(path, overwrite: false)) Write(file, "partial");
        Assert.Empty(Directory.GetFiles(_dir));
    }

    [Fact]
    public void An_existing_file_is_kept_unless_overwrite_is_allowed()
    {
        var path = Path.Combine(_dir, "report.csv");
        File.WriteAllText(path, "old");
        Assert.Throws<OutputExistsException>(() => AtomicFile.Create(path, overwrite: false));
        Assert.Equal("old", File.ReadAllText(path));

        using (var file = AtomicFile.Create(path, overwrite: true))
        {
            Write(file, "new");
            Assert.Equal("old", File.ReadAllText(path));
            file.Commit();
        }
        Assert.Equal("new", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(_dir));
    }

    [Fact]
    public void A_file_that_appears_during_the_run_is_not_clobbered()
    {
        var path = Path.Combine(_dir, "late.txt");
        using var file = AtomicFile.Create(path, overwrite: false);
        Write(file, "mine");
        File.WriteAllText(path, "theirs");
        Assert.Throws<OutputExistsException>(() => file.Commit());
        Assert.Equal("theirs", File.ReadAllText(path));
    }

    [Fact]
    public void A_missing_directory_is_an_error_before_any_work()
    {
        Assert.Throws<DirectoryNotFoundException>(() => AtomicFile.Create(Path.Combine(_dir, "no", "such", "x.csv"), overwrite: false));
    }
}
