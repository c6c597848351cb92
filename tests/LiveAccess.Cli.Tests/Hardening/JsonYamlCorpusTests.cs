using System.Collections.Generic;
using System.Linq;

namespace LiveAccess.Cli.Tests.Hardening;

/// <summary>JSON and YAML inventories with wrong types, missing keys, nesting, and broken structure.</summary>
public sealed class JsonYamlCorpusTests
{
    private static readonly string[] None = InventoryCase.None;

    public static readonly InventoryCase[] Cases =
    {
        new("json-wrong-types.json", 2, 8, new[] { "wx1a2b3c4d5e6f7081@2" }, new[]
        {
            ":3: 'AppId' is a number; expected a string.",
            ":4: [wx2b3c4d5e6f708192] 'EntityType' is an array; expected a string.",
            ":5: [wx3c4d5e6f708192a3] 'Categories' is an object; expected a string or a list of strings.",
            ":6: [wx4d5e6f708192a3b4] 'EntityType' is true/false; expected a string.",
            ":7: [wx5e6f708192a3b4c5] 'Categories' is a number; expected a string or a list of strings.",
            ":8: This entry is a string; each program must be an object",
            ":9: [wx708192a3b4c5d6e7] 'Name' is a number; expected a string.",
        }),
        new("json-missing-keys.json", 2, 5, new[] { "wx1a2b3c4d5e6f7081@2", "wx3c4d5e6f708192a3@6" }, new[]
        {
            ":3: The row has no AppId: fill in the AppId column",
            ":4: [wx2b3c4d5e6f708192] The row has no EntityType",
            ":5: The row has no AppId",
        }),
        new("json-nesting.json", 2, 4, new[] { "wx1a2b3c4d5e6f7081@4", "wx4d5e6f708192a3b4@7" }, new[]
        {
            ":5: [wx2b3c4d5e6f708192] 'EntityType' is an object; expected a string.",
            ":6: [wx3c4d5e6f708192a3] 'Categories' is an array; expected a string or a list of strings.",
        }),
        new("json-too-deep.json", 2, 1, new[] { "wx1a2b3c4d5e6f7081@2" },
            new[] { ":3: Malformed JSON: The maximum configured depth of 32 has been exceeded." }, FileRefused: true),
        new("json-truncated.json", 2, 2, new[] { "wx1a2b3c4d5e6f7081@2", "wx2b3c4d5e6f708192@3" },
            new[] { ":4: Malformed JSON: " }, FileRefused: true),
        new("json-lone-surrogate.json", 2, 3, new[] { "wx1a2b3c4d5e6f7081@2", "wx3c4d5e6f708192a3@4" },
            new[] { ":3: [wx2b3c4d5e6f708192] 'Name' holds a \\u escape that is half of a character" }),
        new("json-lines.jsonl", 2, 4, new[] { "wx1a2b3c4d5e6f7081@1", "wx2b3c4d5e6f708192@2", "wx4d5e6f708192a3b4@4" },
            new[] { ":3: [wx3c4d5e6f708192a3] Unknown scenario 'ecomerce' (did you mean 'ecommerce'?)" }),
        new("yaml-wrong-types.yaml", 2, 6, new[] { "wx1a2b3c4d5e6f7081@1", "wx4d5e6f708192a3b4@15" }, new[]
        {
            ":5: [0x1a2b] AppId '0x1a2b' is not valid",
            ":7: [wx2b3c4d5e6f708192] 'EntityType' is a sequence; expected a string.",
            ":10: [wx3c4d5e6f708192a3] 'Categories' is a mapping; expected a string or a list of strings.",
            ":14: This entry is a single value; each program must be a mapping",
        }),
        new("yaml-missing-keys.yaml", 2, 5, new[] { "wx1a2b3c4d5e6f7081@1", "wx3c4d5e6f708192a3@9" }, new[]
        {
            ":4: The row has no AppId",
            ":6: [wx2b3c4d5e6f708192] The row has no EntityType",
            ":8: The row has no AppId",
        }),
        new("yaml-nesting.yaml", 2, 3, new[] { "wx1a2b3c4d5e6f7081@5", "wx3c4d5e6f708192a3@15" },
            new[] { ":11: [wx2b3c4d5e6f708192] 'EntityType' is a mapping; expected a string." }),
        new("yaml-anchors-aliases-tags.yaml", 2, 6, new[] { "wx1a2b3c4d5e6f7081@1", "wx6f708192a3b4c5d6@13" }, new[]
        {
            ":4: YAML anchors and aliases ('&base') are not allowed in inventories",
            ":7: [wx3c4d5e6f708192a3] YAML anchors and aliases ('*base') are not allowed",
            ":9: [wx4d5e6f708192a3b4] YAML tag 'tag:yaml.org,2002:python/object/apply:os.system' is not allowed",
            ":11: [wx5e6f708192a3b4c5] YAML tag '!System.Diagnostics.Process' is not allowed",
        }),
        new("yaml-malformed.yaml", 2, 1, new[] { "wx1a2b3c4d5e6f7081@1" },
            new[] { ":5: Malformed YAML: " }, FileRefused: true),
        new("yaml-lone-cr.yaml", 2, 1, new[] { "wx1a2b3c4d5e6f7081@1" },
            new[] { ":5: Malformed YAML: the YAML reader could not go on after this point" }, FileRefused: true),
    };

    public static IEnumerable<object[]> All() => Cases.Select(c => new object[] { c });

    [Theory]
    [MemberData(nameof(All))]
    public void Each_file_is_answered_or_refused_as_it_should_be(InventoryCase c) => CorpusRun.Check(c);
}
