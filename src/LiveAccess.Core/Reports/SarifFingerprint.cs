using System.Security.Cryptography;
using System.Text;

namespace LiveAccess.Core.Reports;

/// <summary>
/// A fingerprint of a problem that stays the same across runs while the problem does: the
/// SHA-256 of its identifying parts (AppId, scenario, rule), not of its line, so moving a row
/// in the inventory keeps the alert's identity in GitHub code scanning.
/// </summary>
public static class SarifFingerprint
{
    /// <summary>The key used in <c>partialFingerprints</c>.</summary>
    public const string Key = "liveaccessDecision/v1";

    /// <summary>Lower-case hex SHA-256 of the parts joined by line feeds.</summary>
    public static string Of(params string?[] parts)
    {
        var bytes = Encoding.UTF8.GetBytes(string.Join("\n", parts));
        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(bytes);
        var sb = new StringBuilder(hash.Length * 2);
        foreach (var b in hash) sb.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        return sb.ToString();
    }
}
