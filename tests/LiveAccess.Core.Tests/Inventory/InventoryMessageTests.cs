using System.Linq;
using System.Text.RegularExpressions;
using LiveAccess.Core.Evaluation;
using LiveAccess.Core.Text;
using static LiveAccess.Core.Tests.Inventory.InventoryTestSupport;

namespace LiveAccess.Core.Tests.Inventory;

/// <summary>The readers' messages are data in both languages, and reader notes reach the decisions.</summary>
public sealed class InventoryMessageTests
{
    private static readonly string[] ReaderRowKeys =
    {
        "row.unbalanced-quote", "row.unterminated-quote", "row.record-too-large", "row.invalid-encoding", "row.wrong-type",
        "row.duplicate-key", "row.not-an-object", "row.yaml-alias", "row.yaml-tag", "warning.extra-fields",
    };

    [Fact]
    public void Every_reader_message_has_english_and_chinese_with_the_same_placeholders()
    {
        var keys = Messages.All.Keys.Where(k => k.StartsWith("inventory.")).Concat(ReaderRowKeys).ToList();
        Assert.True(keys.Count > 40);
        foreach (var key in keys)
        {
            var text = Messages.Get(key);
            Assert.False(string.IsNullOrWhiteSpace(text.En), key + " has no English text");
            Assert.False(string.IsNullOrWhiteSpace(text.Zh), key + " has no Chinese text");
            Assert.Equal(Placeholders(text.En), Placeholders(text.Zh));
        }
    }

    [Fact]
    public void A_reader_note_becomes_a_warning_of_the_decisions()
    {
        var record = ReadText("AppId,EntityType,Categories,Scenario\n" + App0 + ",enterprise,社交/直播,entertainment,surplus\n").Single();
        var item = new DecisionRun(TestRules.Default, Language.English).Decide(record);
        Assert.Null(item.Error);
        Assert.Contains(item.Decisions.Single().Warnings, w => w.Code == "extra-fields");
    }

    private static string[] Placeholders(string text) =>
        Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).Distinct().OrderBy(v => v).ToArray();
}
