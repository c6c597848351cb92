using System.Linq;
using System.Text.RegularExpressions;
using LiveAccess.Core.Text;

namespace LiveAccess.Core.Tests.Rules;

/// <summary>The rule-file loader's messages (<c>rules.*</c>): both languages, same placeholders.</summary>
public sealed class RuleMessageCatalogueTests
{
    private static readonly Regex Placeholder = new(@"(?<!\{)\{(\d+)\}", RegexOptions.CultureInvariant);

    private static string[] Placeholders(string text) =>
        Placeholder.Matches(text).Select(m => m.Groups[1].Value).Distinct().OrderBy(x => x, System.StringComparer.Ordinal).ToArray();

    [Fact]
    public void Every_rules_key_has_english_and_chinese_with_the_same_placeholders()
    {
        var keys = Messages.All.Keys.Where(k => k.StartsWith("rules.", System.StringComparison.Ordinal)).ToList();
        Assert.True(keys.Count > 60, "expected the rule-file messages, found " + keys.Count);
        foreach (var key in keys)
        {
            var text = Messages.All[key];
            Assert.False(string.IsNullOrWhiteSpace(text.En), key + ": no en");
            Assert.False(string.IsNullOrWhiteSpace(text.Zh), key + ": no zh-CN");
            Assert.NotEqual(text.En, text.Zh);
            Assert.Equal(Placeholders(text.En), Placeholders(text.Zh));
            // Both must format without a FormatException (unbalanced braces) given enough arguments.
            var args = Enumerable.Range(0, 5).Select(i => (object?)("a" + i)).ToArray();
            Assert.NotNull(Messages.Format(Language.English, key, args));
            Assert.NotNull(Messages.Format(Language.Chinese, key, args));
        }
    }
}
