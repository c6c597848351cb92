using System.Collections.Generic;
using System.Linq;

namespace LiveAccess.Cli.Tests.Hardening;

/// <summary>
/// Malformed, contradictory and hostile rule files: refused whole with file, line and column, in a
/// process whose managed heap is capped (so an expansion bomb could not pass by using memory), and
/// nothing is decided with them.
/// </summary>
public sealed class RuleCorpusTests
{
    public static readonly RuleCase[] Cases =
    {
        new("rules-malformed.yaml", ":5:3: Malformed YAML: "),
        new("rules-unknown-keys.yaml",
            ":4:1: Unknown key 'rotues' in the rule file (did you mean 'routes'?).",
            ":6:5: Route 'ecommerce.ops-native' needs 'plans'",
            ":9:5: Unknown key 'plan' in a route (did you mean 'plans'?)."),
        new("rules-unknown-references.yaml",
            ":6:15: Route 'ecommerce.ops-native' names unknown scenario 'ecomerce' (did you mean 'ecommerce'?).",
            ":7:27: Unknown category '社交/直拨'",
            ":7:44: Route 'ecommerce.ops-native' names unknown entity type 'goverment'.",
            ":8:13: Route 'ecommerce.ops-native' names unknown plan 'tencent-standrad-live' (did you mean 'tencent-standard-live'?).",
            ":9:20: Unknown source 'tencent-plan' (did you mean 'tencent-plans'?)."),
        new("rules-duplicate-ids.yaml",
            ":6:11: Duplicate plan id 'ops-plan'",
            ":8:9: The route id 'ecommerce.social-live.native' is already defined by the default rule set"),
        new("rules-contradictory-routes.yaml", ":5:9: Route 'ecommerce.ops-conditional' contradicts route 'ecommerce.social-live.native'"),
        new("rules-self-contradicting-route.yaml", ":7:11: Route 'ecommerce.ops-both' contradicts itself"),
        new("rules-billion-laughs.yaml", ":4:7: Anchors (&a) are not allowed in rule files"),
        new("rules-deep-nesting.yaml", ":4:32: The file is nested more than 24 levels deep"),
        new("rules-type-tags.yaml", ":3:10: Tags (tag:yaml.org,2002:python/object/apply:os.system) are not allowed in rule files"),
        new("rules-duplicate-keys.yaml", ":4:1: Malformed YAML: Duplicate key version"),
        new("rules-empty.yaml", ": The file is empty"),
        new("rules-several-documents.yaml", ": The file holds several YAML documents (---)"),
        new("rules-not-a-mapping.yaml", ":1:1: Expected the rule file as a mapping"),
        new("rules-lone-cr.yaml", ":4:8: Malformed YAML: the YAML reader could not go on after this point"),
        new("rules-utf16le-no-bom.yaml", ": The rule file is not UTF-8 text (nor UTF-16 with a byte order mark): save it as UTF-8."),
    };

    public static IEnumerable<object[]> All() => Cases.Select(c => new object[] { c });

    [Theory]
    [MemberData(nameof(All))]
    public void Validate_lists_every_problem_with_file_line_and_column(RuleCase c) => Refused.Validate(Corpus.Rules(c.File), c.Problems);

    [Theory]
    [MemberData(nameof(All))]
    public void Plan_with_the_file_decides_nothing(RuleCase c) => Refused.Plan(Corpus.Rules(c.File), c.Problems[0]);

    [Fact]
    public void A_rule_file_from_Windows_PowerShell_in_UTF16_is_read_and_used()
    {
        var path = Corpus.Rules("rules-utf16le-bom-powershell.yaml");
        var v = Cli.Run("rules", "validate", path);
        Assert.Equal(0, v.ExitCode);
        Assert.StartsWith("OK: " + path + " (version 2026.11.21+ops-utf16)", v.Stdout);

        var args = new[] { "plan", "--app-id", "wx1a2b3c4d5e6f7081", "--entity", "企业", "--category", "社交/直播表演", "--scenario", "ecommerce", "--format", "json" };
        Assert.Equal("ineligible", Assert.Single(JsonDecision.Parse(Cli.Run(args).Stdout)).Outcome);
        var d = Assert.Single(JsonDecision.Parse(Cli.Run(args.Append("--rules").Append(path).ToArray()).Stdout));
        Assert.Equal(("eligible", "tencent-standard-live"), (d.Outcome, Assert.Single(d.Plans)));
    }
}
