using System.Collections.Generic;
using LiveAccess.Core.Ci;

namespace LiveAccess.Core.Tests.Ci;

public sealed class CommandEscapingTests
{
    [Theory]
    [InlineData("plain 社交/直播", "plain 社交/直播")]
    [InlineData("100% done", "100%25 done")]
    [InlineData("a\r\nb\nc", "a%0D%0Ab%0Ac")]
    [InlineData("keeps : and , in messages", "keeps : and , in messages")]
    [InlineData("%0A literal", "%250A literal")]
    public void GitHub_message_escaping(string text, string expected) => Assert.Equal(expected, GitHubCommands.EscapeData(text));

    [Theory]
    [InlineData("dir,one/inv:2%.csv", "dir%2Cone/inv%3A2%25.csv")]
    [InlineData("title: a, b\nc", "title%3A a%2C b%0Ac")]
    public void GitHub_property_escaping(string text, string expected) => Assert.Equal(expected, GitHubCommands.EscapeProperty(text));

    [Fact]
    public void GitHub_annotation_lines()
    {
        Assert.Equal("::error file=a%2Cb.csv,line=3,title=T%3A x::m%0Asecond",
            GitHubCommands.Annotation("error", "m\nsecond", "a,b.csv", 3, "T: x"));
        Assert.Equal("::warning file=a.csv::m", GitHubCommands.Annotation("warning", "m", "a.csv", 0));
        Assert.Equal("::notice::m", GitHubCommands.Annotation("notice", "m", null, 7));
    }

    [Theory]
    [InlineData("100% done", "100%AZP25 done")]
    [InlineData("a\r\nb", "a%0D%0Ab")]
    [InlineData("keeps ; and ] in messages", "keeps ; and ] in messages")]
    public void Azure_message_escaping(string text, string expected) => Assert.Equal(expected, AzureCommands.EscapeData(text));

    [Theory]
    [InlineData("a;b]c%\n", "a%3Bb%5Dc%AZP25%0A")]
    [InlineData("dir/inv 清单.csv", "dir/inv 清单.csv")]
    public void Azure_property_escaping(string text, string expected) => Assert.Equal(expected, AzureCommands.EscapeProperty(text));

    [Fact]
    public void Azure_command_lines()
    {
        Assert.Equal("##vso[task.logissue type=error;sourcepath=x%3By.csv;linenumber=4;code=no-route]m%0An",
            AzureCommands.LogIssue("error", "m\nn", "x;y.csv", 4, "no-route"));
        Assert.Equal("##vso[task.logissue type=warning]m", AzureCommands.LogIssue("warning", "m"));
        Assert.Equal("##vso[task.complete result=SucceededWithIssues;]done", AzureCommands.Complete(AzureTaskResult.SucceededWithIssues, "done"));
        Assert.Equal("##vso[task.uploadsummary]/tmp/s 1.md", AzureCommands.UploadSummary("/tmp/s 1.md"));
    }

    [Fact]
    public void Ci_detection_from_the_environment()
    {
        CiSystem Detect(params (string, string)[] vars)
        {
            var env = new Dictionary<string, string>();
            foreach (var (k, v) in vars) env[k] = v;
            return CiSystems.Detect(k => env.TryGetValue(k, out var v) ? v : null);
        }
        Assert.Equal(CiSystem.GitHub, Detect(("GITHUB_ACTIONS", "true")));
        Assert.Equal(CiSystem.Azure, Detect(("TF_BUILD", "True")));
        Assert.Equal(CiSystem.None, Detect(("GITHUB_ACTIONS", "false")));
        Assert.Equal(CiSystem.None, Detect());
        Assert.True(CiSystems.TryParse("Azure", out var azure));
        Assert.Equal(CiSystem.Azure, azure);
        Assert.True(CiSystems.TryParse("none", out var none));
        Assert.Equal(CiSystem.None, none);
        Assert.False(CiSystems.TryParse("jenkins", out _));
        var roots = new Dictionary<string, string> { ["BUILD_SOURCESDIRECTORY"] = "/agent/s" };
        Assert.Equal("/agent/s", CiSystems.RepositoryRoot(k => roots.TryGetValue(k, out var v) ? v : null));
        roots["GITHUB_WORKSPACE"] = "/home/runner/work/x";
        Assert.Equal("/home/runner/work/x", CiSystems.RepositoryRoot(k => roots.TryGetValue(k, out var v) ? v : null));
        Assert.Null(CiSystems.RepositoryRoot(_ => null));
    }
}
