using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using LiveAccess.Core.Text;

namespace LiveAccess.Core.Reports;

/// <summary>
/// The SARIF rules of one run: one per reason (or row error) code, numbered in order of first
/// use. Descriptions come from the message catalogue for the codes LiveAccess itself emits, and
/// from the first message seen for codes a rule file brings (its conditions and requirements).
/// </summary>
internal sealed class SarifRules
{
    private readonly Language _language;
    private readonly Dictionary<string, SarifRule> _byId = new(StringComparer.Ordinal);

    public SarifRules(Language language) => _language = language;

    public IReadOnlyList<SarifRule> All => _byId.Values.OrderBy(r => r.Index).ToList();

    /// <summary>The rule for a code, registered on first use with the text and link of that use.</summary>
    public SarifRule Use(string code, string firstMessage, string? helpUri, bool isError)
    {
        if (!_byId.TryGetValue(code, out var rule))
        {
            var key = "sarif.rule." + code;
            var hasText = Messages.All.ContainsKey(key + ".short");
            rule = new SarifRule
            {
                Id = code,
                Index = _byId.Count,
                Name = PascalCase(code),
                ShortDescription = hasText ? Messages.Get(key + ".short").In(_language) : FirstSentence(firstMessage),
                FullDescription = hasText ? Messages.Get(key + ".full").In(_language) : firstMessage,
                HelpUri = helpUri ?? ProductInfo.ReportsDocUri + "#" + code,
            };
            _byId[code] = rule;
        }
        if (isError) rule.UsedAsError = true;
        return rule;
    }

    private static string PascalCase(string code)
    {
        var sb = new StringBuilder(code.Length);
        var upper = true;
        foreach (var c in code)
        {
            if (!char.IsLetterOrDigit(c)) { upper = true; continue; }
            sb.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }
        return sb.Length == 0 ? "Rule" : sb.ToString();
    }

    /// <summary>The first sentence: up to 。 or a full stop before a capital letter ("e.g. 医疗" does not end one).</summary>
    private static string FirstSentence(string text)
    {
        var t = (text ?? string.Empty).Trim();
        for (var i = 0; i < t.Length && i < 200; i++)
        {
            var ends = t[i] == '。' || (t[i] == '.' && i + 2 < t.Length && t[i + 1] == ' ' && char.IsUpper(t[i + 2]));
            if (ends) return t.Substring(0, i + 1);
        }
        return t.Length <= 200 ? t : t.Substring(0, 199) + "…";
    }
}

/// <summary>One SARIF reporting descriptor.</summary>
internal sealed class SarifRule
{
    public required string Id { get; init; }
    public required int Index { get; init; }
    public required string Name { get; init; }
    public required string ShortDescription { get; init; }
    public required string FullDescription { get; init; }
    public required string HelpUri { get; init; }
    public bool UsedAsError { get; set; }
}
