using System.Collections.Generic;
using System.Linq;
using LiveAccess.Core.Domain;
using LiveAccess.Core.Text;

namespace LiveAccess.Core.Matrix;

/// <summary>The words of the human-readable matrix formats, in the chosen language and in both.</summary>
internal sealed class MatrixLabels
{
    public MatrixLabels(Language language) => Language = language;

    public Language Language { get; }

    /// <summary>The other language (shown second).</summary>
    public Language Other => Language == Language.Chinese ? Language.English : Language.Chinese;

    /// <summary>The text of <c>matrix.&lt;key&gt;</c> in the chosen language.</summary>
    public string this[string key] => Messages.Get("matrix." + key).In(Language);

    /// <summary>The text of <c>matrix.&lt;key&gt;</c> in the other language.</summary>
    public string InOther(string key) => Messages.Get("matrix." + key).In(Other);

    /// <summary>Both languages: <c>chosen · other</c>.</summary>
    public string Both(string key) => this[key] + " · " + InOther(key);

    public string Format(string key, params object?[] args) => Messages.Format(Language, "matrix." + key, args);

    /// <summary>The integration in words (plugin, native components, SaaS).</summary>
    public string Integration(string integration) =>
        Messages.All.TryGetValue("matrix.integration." + integration, out var t) ? t.In(Language) : integration;

    /// <summary>An opener in words: always, the entity types, one of the categories, and where its route comes from.</summary>
    public string Opener(ScenarioOpener o)
    {
        var parts = new List<string>();
        if (o.Always) parts.Add(this["opener.always"]);
        if (o.Entities.Count > 0)
            parts.Add(Format("opener.entity", string.Join("/", o.Entities.Select(e => Language == Language.Chinese ? EntityTypes.ChineseName(e) : e.Id()))));
        if (o.Categories.Count > 0) parts.Add(Format("opener.categories", string.Join(", ", o.Categories.Select(c => c.ChineseName))));
        var text = string.Join(" + ", parts);
        return o.IncludedFrom is null ? text : text + " " + Format("opener.included", o.IncludedFrom);
    }
}
