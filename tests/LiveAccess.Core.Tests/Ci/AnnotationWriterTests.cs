using System;
using System.IO;
using System.Linq;
using LiveAccess.Core.Ci;
using LiveAccess.Core.Domain;
using LiveAccess.Core.Reports;
using LiveAccess.Core.Tests.Reports;

namespace LiveAccess.Core.Tests.Ci;

public sealed class AnnotationWriterTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("liveaccess-ci-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public void GitHub_errors_for_failures_and_refused_rows_warnings_for_conditionals_each_at_its_line()
    {
        var (text, decisions, _, _) = ReportRun.Render(c => new GitHubAnnotationWriter(c));
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var errors = lines.Where(l => l.StartsWith("::error ")).ToList();
        var warnings = lines.Where(l => l.StartsWith("::warning ")).ToList();
        Assert.Equal(decisions.Count(d => d.Outcome == Outcome.Ineligible) + 1, errors.Count);
        Assert.Equal(decisions.Count(d => d.Outcome == Outcome.Conditional), warnings.Count);
        Assert.Equal(errors.Count + warnings.Count, lines.Length);
        Assert.Contains("::error file=examples/inventory.csv,line=3,title=LiveAccess%3A wx0000000000000002 ecommerce ineligible::"
            + "wx0000000000000002 (Solo) is ineligible for live scenario ecommerce (E-commerce selling and live shopping guides). The mini program is registered", errors[0]);
        Assert.Contains("Fix: Register the mini program", errors[0]);
        Assert.StartsWith("::warning file=examples/inventory.csv,line=4,title=", warnings[0]);
        Assert.Contains(errors, l => l.StartsWith("::error file=examples/inventory.csv,line=6,title=LiveAccess%3A inventory row refused (bad-app-id)::wxBAD: "));
        var evil = errors.Single(l => l.Contains("wx0000000000000007 ("));
        Assert.Contains("100%25 \"q\"", evil);
        // The command ends at the first "::" after its name: the title, whose ':' is escaped; the name's own "::" stay in the message.
        Assert.EndsWith("title=LiveAccess%3A wx0000000000000007 ecommerce ineligible", evil[..evil.IndexOf("::", 2, StringComparison.Ordinal)]);
        Assert.Contains("##vso[task.complete result=Succeeded] ::error::x", evil);
    }

    [Fact]
    public void GitHub_escapes_the_file_property()
    {
        var (text, _, _, _) = ReportRun.Render(c => new GitHubAnnotationWriter(c), ReportRun.Mixed("in,v:1%.csv").Skip(1).Take(1), inventory: "in,v:1%.csv");
        Assert.StartsWith("::error file=in%2Cv%3A1%25.csv,line=3,title=", text);
    }

    [Fact]
    public void GitHub_appends_the_job_summary()
    {
        var summary = Path.Combine(_dir, "step_summary.md");
        File.WriteAllText(summary, "earlier step\n");
        ReportRun.Render(c => new GitHubAnnotationWriter(c, new AnnotationOptions { SummaryPath = summary }));
        var content = File.ReadAllText(summary);
        Assert.StartsWith("earlier step\n## ❌ LiveAccess gate failed: 12 decisions are ineligible", content);
        Assert.Contains("| wx0000000000000006 | No categories | auto-presale |", content);
    }

    [Fact]
    public void GitHub_caps_annotations_and_says_how_many_were_found()
    {
        var (text, _, _, _) = ReportRun.Render(c => new GitHubAnnotationWriter(c, new AnnotationOptions { MaxPerKind = 2 }));
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Count(l => l.StartsWith("::error ")));
        Assert.Equal(2, lines.Count(l => l.StartsWith("::warning ")));
        Assert.Equal("::notice::LiveAccess found 13 errors and 3 warnings; only the first ones are annotated. See the job summary and the report files.", lines[^1]);
    }

    [Fact]
    public void GitHub_paths_relative_to_the_workspace()
    {
        var inventory = Path.Combine(_dir, "data", "apps.csv");
        var (text, _, _, _) = ReportRun.Render(c => new GitHubAnnotationWriter(c, new AnnotationOptions { BaseDirectory = _dir }),
            ReportRun.Mixed(inventory).Skip(1).Take(1), inventory: inventory);
        Assert.StartsWith("::error file=data/apps.csv,line=3,", text);
    }

    [Fact]
    public void Azure_log_issues_with_codes_summary_upload_and_a_failed_result_last()
    {
        var summary = Path.Combine(_dir, "summary.md");
        var (text, decisions, _, _) = ReportRun.Render(c => new AzureAnnotationWriter(c, new AnnotationOptions { SummaryPath = summary }));
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var errors = lines.Where(l => l.StartsWith("##vso[task.logissue type=error;")).ToList();
        Assert.Equal(decisions.Count(d => d.Outcome == Outcome.Ineligible) + 1, errors.Count);
        Assert.Equal(decisions.Count(d => d.Outcome == Outcome.Conditional), lines.Count(l => l.StartsWith("##vso[task.logissue type=warning;")));
        Assert.StartsWith("##vso[task.logissue type=error;sourcepath=examples/inventory.csv;linenumber=3;code=individual-entity]LiveAccess: wx0000000000000002", errors[0]);
        Assert.Contains(lines, l => l.StartsWith("##vso[task.logissue type=warning;sourcepath=examples/inventory.csv;linenumber=5;code=stale-category]"));
        Assert.Contains(errors, l => l.Contains("linenumber=6;code=bad-app-id]"));
        Assert.Contains(errors, l => l.Contains("100%AZP25"));
        Assert.Equal("##vso[task.uploadsummary]" + summary, lines[^2]);
        Assert.Equal("##vso[task.complete result=Failed;]LiveAccess: the gate failed with 13 errors.", lines[^1]);
        Assert.StartsWith("## ❌ LiveAccess gate failed", File.ReadAllText(summary));
    }

    [Fact]
    public void Azure_succeeds_with_issues_on_warnings_only_and_succeeds_when_clean()
    {
        var warn = ReportRun.Render(c => new AzureAnnotationWriter(c), ReportRun.Mixed().Skip(2).Take(2)).Text.TrimEnd().Split('\n');
        Assert.Equal("##vso[task.complete result=SucceededWithIssues;]LiveAccess: the gate passed with 2 warnings.", warn[^1]);
        var clean = ReportRun.Render(c => new AzureAnnotationWriter(c), ReportRun.Mixed().Take(1)).Text.TrimEnd().Split('\n');
        Assert.Equal(new[] { "##vso[task.complete result=Succeeded;]LiveAccess: every program is eligible." }, clean);
        var strict = ReportRun.Render(c => new AzureAnnotationWriter(c), ReportRun.Mixed().Skip(2).Take(2), failOn: FailOn.Conditional).Text.TrimEnd().Split('\n');
        Assert.StartsWith("##vso[task.complete result=Failed;]", strict[^1]);
        Assert.Equal(2, strict.Count(l => l.StartsWith("##vso[task.logissue type=error;")));
    }
}
