using System.Linq;
using LiveAccess.Core.Text;

namespace LiveAccess.Core.Tests.Reports;

public sealed class ReportMessagesTests
{
    [Fact]
    public void Every_report_matrix_and_ci_message_has_english_and_chinese()
    {
        var keys = Messages.All.Keys.Where(k => k.StartsWith("report.") || k.StartsWith("matrix.") || k.StartsWith("ci.") || k.StartsWith("sarif.")).ToList();
        Assert.True(keys.Count > 80);
        Assert.All(keys, k =>
        {
            Assert.False(string.IsNullOrWhiteSpace(Messages.All[k].En), k + " en");
            Assert.False(string.IsNullOrWhiteSpace(Messages.All[k].Zh), k + " zh-CN");
        });
    }

    [Fact]
    public void Sarif_rule_texts_come_in_pairs()
    {
        var shorts = Messages.All.Keys.Where(k => k.StartsWith("sarif.rule.") && k.EndsWith(".short")).Select(k => k[..^".short".Length]);
        Assert.All(shorts, k => Assert.True(Messages.All.ContainsKey(k + ".full"), k));
    }
}
