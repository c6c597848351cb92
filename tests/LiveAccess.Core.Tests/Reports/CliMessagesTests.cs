using System.Linq;
using LiveAccess.Core.Text;

namespace LiveAccess.Core.Tests.Reports;

public sealed class CliMessagesTests
{
    [Fact]
    public void Every_command_and_report_message_has_English_and_Chinese()
    {
        var keys = Messages.All.Keys.Where(k => k.StartsWith("cli.") || k.StartsWith("help.") || k.StartsWith("table.") || k.StartsWith("list.")).ToList();
        Assert.True(keys.Count > 50);
        Assert.All(keys, k =>
        {
            Assert.False(string.IsNullOrWhiteSpace(Messages.All[k].En), k + " en");
            Assert.False(string.IsNullOrWhiteSpace(Messages.All[k].Zh), k + " zh-CN");
        });
    }

    [Fact]
    public void Placeholders_agree_between_the_languages()
    {
        foreach (var (key, text) in Messages.All.Where(m => m.Key.StartsWith("cli.") || m.Key.StartsWith("table.")))
        {
            static string[] Holes(string s) => System.Text.RegularExpressions.Regex.Matches(s, @"\{\d+\}").Select(m => m.Value).Distinct().OrderBy(x => x).ToArray();
            Assert.True(Holes(text.En).SequenceEqual(Holes(text.Zh)), key);
        }
    }
}
