using System;
using System.IO;
using System.Linq;
using LiveAccess.Core.Reports;
using LiveAccess.Core.Text;

namespace LiveAccess.Core.Matrix;

/// <summary>
/// The matrix as Markdown: the category × plan and scenario × plan tables (vendor above each plan
/// id; ✅ open, ⚠️ on conditions with footnote numbers), the numbered conditions, the sources and the
/// rule set version. Names appear in Chinese and English.
/// </summary>
public sealed class MatrixMarkdownWriter : IMatrixWriter
{
    private readonly MatrixLabels _labels;

    /// <summary>Creates the writer for a language (headings; names always show both).</summary>
    public MatrixMarkdownWriter(Language language) => _labels = new MatrixLabels(language);

    /// <inheritdoc />
    public void Write(CategoryMatrix matrix, TextWriter output)
    {
        if (matrix is null) throw new ArgumentNullException(nameof(matrix));
        if (output is null) throw new ArgumentNullException(nameof(output));
        var l = _labels;
        var notes = new ConditionNotes(matrix);
        var planHeaders = matrix.Plans.Select(p => MarkdownText.Inline(p.Vendor) + "<br>" + MarkdownText.Inline(p.Id)).ToArray();

        output.Write("# " + MarkdownText.Inline(l.Both("title")) + "\n\n");
        output.Write(MarkdownText.Inline(matrix.Title.In(l.Language)) + " · " + MarkdownText.Inline(matrix.RuleSetVersion) + "\n\n");
        output.Write("✅ " + l["legend.open"] + " · ⚠️ " + l["legend.conditional"] + " · — " + l["legend.none"] + "\n\n");
        output.Write("> " + MarkdownText.Inline(l["note.individual"]) + " " + MarkdownText.Inline(l["note.no-category"]) + "\n\n");

        output.Write("## " + MarkdownText.Inline(l.Both("categories.title")) + "\n\n" + MarkdownText.Inline(l["categories.intro"]) + "\n\n");
        output.Write(MarkdownText.Header(new[] { l.Both("col.category"), "English" }.Concat(planHeaders).ToArray()) + "\n");
        foreach (var row in matrix.Categories)
        {
            var cells = matrix.Plans.Select(p =>
            {
                var openings = row.Cell(p.Id).Openings;
                if (openings.Count == 0) return "—";
                return string.Join(", ", openings.Select(o => o.IsConditional
                    ? "⚠️ " + MarkdownText.Inline(o.ScenarioId) + " [" + notes.Numbers(o.Conditions) + "]"
                    : "✅ " + MarkdownText.Inline(o.ScenarioId)));
            });
            output.Write(MarkdownText.Row(new[] { MarkdownText.Inline(row.Category.ChineseName), MarkdownText.Inline(row.Category.EnglishName) }.Concat(cells).ToArray()) + "\n");
        }

        output.Write("\n## " + MarkdownText.Inline(l.Both("scenarios.title")) + "\n\n" + MarkdownText.Inline(l["scenarios.intro"]) + "\n\n");
        output.Write(MarkdownText.Header(new[] { l.Both("col.scenario"), "中文 · English" }.Concat(planHeaders).ToArray()) + "\n");
        foreach (var row in matrix.Scenarios)
        {
            var cells = matrix.Plans.Select(p =>
            {
                var openers = row.Cell(p.Id).Openers;
                if (openers.Count == 0) return "—";
                return string.Join("; ", openers.Select(o => (o.IsConditional ? "⚠️ " : "✅ ") + MarkdownText.Inline(l.Opener(o))
                    + (o.IsConditional ? " [" + notes.Numbers(o.Conditions) + "]" : string.Empty)));
            });
            output.Write(MarkdownText.Row(new[] { MarkdownText.Inline(row.Id), MarkdownText.Inline(row.Name.Zh + " · " + row.Name.En) }.Concat(cells).ToArray()) + "\n");
        }

        if (notes.All.Count > 0)
        {
            output.Write("\n## " + MarkdownText.Inline(l.Both("conditions")) + "\n\n");
            foreach (var c in notes.All)
                output.Write(notes.Number(c) + ". **" + MarkdownText.Inline(c.Code) + "**: " + MarkdownText.Inline(c.Text.In(l.Language))
                    + " — " + MarkdownText.Inline(c.Text.In(l.Other)) + "\n");
        }

        output.Write("\n## " + MarkdownText.Inline(l.Both("sources")) + "\n\n");
        foreach (var s in matrix.Sources)
            output.Write("- " + MarkdownText.Inline(s.Title.In(l.Language)) + " (" + MarkdownText.Inline(s.DisplayDate) + ")"
                + ((s.Url ?? s.File) is { } where ? " — " + MarkdownText.Inline(where) : string.Empty) + "\n");
        output.Write("\n" + MarkdownText.Inline(l.Format("footer", matrix.RuleSetVersion, matrix.Origin, ProductInfo.Name + " " + ProductInfo.Version)) + "\n");
        output.Flush();
    }
}
