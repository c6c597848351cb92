namespace LiveAccess.Core.Text;

/// <summary>A text in English and Chinese; either falls back to the other when missing.</summary>
public sealed record LocalizedText(string En, string Zh)
{
    /// <summary>The text in the given language.</summary>
    public string In(Language language) =>
        language == Language.Chinese ? (Zh.Length > 0 ? Zh : En) : (En.Length > 0 ? En : Zh);

    /// <summary>Replaces <c>{0}</c>, <c>{1}</c>... in both languages.</summary>
    public LocalizedText Format(params object[] args) =>
        new(string.Format(System.Globalization.CultureInfo.InvariantCulture, En, args),
            string.Format(System.Globalization.CultureInfo.InvariantCulture, Zh, args));

    /// <inheritdoc />
    public override string ToString() => En;
}
