using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using LiveAccess.Core.Reports;
using LiveAccess.Core.Text;

namespace LiveAccess.Core.Matrix;

/// <summary>
/// The matrix as one self-contained HTML page (inline styles, no scripts, fonts or other files):
/// vendors as column groups, a mark per cell (✓ open, ◐ on conditions, – not opened) with the
/// scenarios or openers in the cell and the full story in its tooltip, numbered conditions,
/// names in Chinese and English, sources and rule set version in the footer, and print styles.
/// Every text is HTML-encoded.
/// </summary>
public sealed class MatrixHtmlWriter : IMatrixWriter
{
    private readonly MatrixLabels _l;

    /// <summary>Creates the writer for a language (page language and headings; names always show both).</summary>
    public MatrixHtmlWriter(Language language) => _l = new MatrixLabels(language);

    /// <inheritdoc />
    public void Write(CategoryMatrix matrix, TextWriter output)
    {
        if (matrix is null) throw new ArgumentNullException(nameof(matrix));
        if (output is null) throw new ArgumentNullException(nameof(output));
        var notes = new ConditionNotes(matrix);
        var o = output;
        o.Write("<!DOCTYPE html>\n<html lang=\"" + _l.Language.Tag() + "\">\n<head>\n<meta charset=\"utf-8\">\n");
        o.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        o.Write("<meta name=\"generator\" content=\"" + E(ProductInfo.Name + " " + ProductInfo.Version) + "\">\n");
        o.Write("<title>" + E(_l.Both("title") + " — " + matrix.RuleSetVersion) + "</title>\n");
        o.Write("<style>" + MatrixHtmlStyle.Css + "</style>\n</head>\n<body>\n");
        WriteHeader(matrix, o);
        o.Write("<main>\n");
        WriteCategoryTable(matrix, notes, o);
        WriteScenarioTable(matrix, notes, o);
        WriteConditions(notes, o);
        o.Write("</main>\n");
        WriteFooter(matrix, o);
        o.Write("</body>\n</html>\n");
        o.Flush();
    }

    private static string E(string? text) => HtmlText.Encode(text);

    private string Bilingual(string key) => E(_l[key]) + "<span class=\"alt\" lang=\"" + _l.Other.Tag() + "\">" + E(_l.InOther(key)) + "</span>";

    private void WriteHeader(CategoryMatrix m, TextWriter o)
    {
        o.Write("<header>\n<h1>" + Bilingual("title") + "</h1>\n");
        o.Write("<p class=\"ruleset\">" + E(m.Title.In(_l.Language)) + "<span class=\"alt\" lang=\"" + _l.Other.Tag() + "\">" + E(m.Title.In(_l.Other)) + "</span></p>\n");
        o.Write("<p class=\"version\">" + E(_l.Format("footer", m.RuleSetVersion, m.Origin, ProductInfo.Name + " " + ProductInfo.Version)) + "</p>\n");
        o.Write("<ul class=\"legend\">");
        o.Write("<li><span class=\"mark open\">✓</span> " + Bilingual("legend.open") + "</li>");
        o.Write("<li><span class=\"mark conditional\">◐</span> " + Bilingual("legend.conditional") + "</li>");
        o.Write("<li><span class=\"mark none\">–</span> " + Bilingual("legend.none") + "</li>");
        o.Write("</ul>\n<p class=\"note\">" + E(_l["note.individual"]) + " " + E(_l["note.no-category"]) + "</p>\n</header>\n");
    }

    private void WriteHead(CategoryMatrix m, string cornerKey, TextWriter o)
    {
        o.Write("<thead>\n<tr><th rowspan=\"2\" scope=\"col\" class=\"corner\">" + Bilingual(cornerKey) + "</th>");
        for (var i = 0; i < m.Vendors.Count; i++)
        {
            var v = m.Vendors[i];
            o.Write("<th colspan=\"" + v.Plans.Count.ToString(CultureInfo.InvariantCulture) + "\" scope=\"colgroup\" class=\"vendor " + VendorClass(i) + "\">"
                + E(v.DisplayName.In(_l.Language)) + (v.DisplayName.In(_l.Other) == v.DisplayName.In(_l.Language) ? string.Empty
                    : "<span class=\"alt\" lang=\"" + _l.Other.Tag() + "\">" + E(v.DisplayName.In(_l.Other)) + "</span>") + "</th>");
        }
        o.Write("</tr>\n<tr>");
        for (var i = 0; i < m.Vendors.Count; i++)
            foreach (var p in m.Vendors[i].Plans)
            {
                var tags = _l.Integration(p.Integration) + " · " + _l[p.NeedsDevelopment ? "needs-development" : "no-development"];
                o.Write("<th scope=\"col\" class=\"plan " + VendorClass(i) + "\" title=\"" + E(p.Name.En + "\n" + p.Name.Zh + "\n" + tags) + "\">"
                    + "<code>" + E(p.Id) + "</code>"
                    + "<span class=\"plan-name\" lang=\"" + _l.Language.Tag() + "\">" + E(p.Name.In(_l.Language)) + "</span>"
                    + "<span class=\"plan-name alt\" lang=\"" + _l.Other.Tag() + "\">" + E(p.Name.In(_l.Other)) + "</span>"
                    + "<span class=\"tags\">" + E(tags) + "</span></th>");
            }
        o.Write("</tr>\n</thead>\n");
    }

    private void WriteCategoryTable(CategoryMatrix m, ConditionNotes notes, TextWriter o)
    {
        o.Write("<section id=\"categories\">\n<h2>" + Bilingual("categories.title") + "</h2>\n<p class=\"intro\">" + E(_l["categories.intro"]) + "</p>\n");
        o.Write("<table class=\"matrix categories\">\n");
        WriteHead(m, "col.category", o);
        o.Write("<tbody>\n");
        string? primary = null;
        foreach (var row in m.Categories)
        {
            var c = row.Category;
            if (c.PrimaryId != primary)
            {
                primary = c.PrimaryId;
                o.Write("<tr class=\"group\"><th colspan=\"" + (m.Plans.Count + 1).ToString(CultureInfo.InvariantCulture) + "\" scope=\"rowgroup\">"
                    + "<span lang=\"zh-CN\">" + E(c.Primary.Zh) + "</span><span class=\"alt\" lang=\"en\">" + E(c.Primary.En) + "</span></th></tr>\n");
            }
            o.Write("<tr" + (row.OpensAnything ? string.Empty : " class=\"opens-nothing\"") + "><th scope=\"row\">"
                + "<span class=\"zh\" lang=\"zh-CN\">" + E(c.ChineseName) + "</span><span class=\"en\" lang=\"en\">" + E(c.EnglishName) + "</span>"
                + "<code>" + E(c.Id) + "</code></th>");
            foreach (var p in m.Plans)
            {
                var cell = row.Cell(p.Id);
                var who = c.ChineseName + " (" + c.EnglishName + ")";
                if (cell.Mark == CellMark.None)
                {
                    o.Write(NoneCell(_l.Format("not-opened", who, p.Id)));
                    continue;
                }
                var tip = _l.Format("opens-in", who, p.Id, string.Join("; ", cell.Openings.Select(x => x.ScenarioId)));
                foreach (var x in cell.Openings.Where(x => x.IsConditional))
                    tip += "\n" + x.ScenarioId + ": " + string.Join(" ", x.Conditions.Select(k => k.Text.In(_l.Language)));
                o.Write("<td class=\"" + MarkClass(cell.Mark) + "\" title=\"" + E(tip) + "\">" + Mark(cell.Mark) + "<ul class=\"items\">");
                foreach (var x in cell.Openings)
                    o.Write(x.IsConditional
                        ? "<li class=\"cond\">" + E(x.ScenarioId) + Footnotes(notes, x.Conditions) + "</li>"
                        : "<li>" + E(x.ScenarioId) + "</li>");
                o.Write("</ul></td>");
            }
            o.Write("</tr>\n");
        }
        o.Write("</tbody>\n</table>\n</section>\n");
    }

    private void WriteScenarioTable(CategoryMatrix m, ConditionNotes notes, TextWriter o)
    {
        o.Write("<section id=\"scenarios\">\n<h2>" + Bilingual("scenarios.title") + "</h2>\n<p class=\"intro\">" + E(_l["scenarios.intro"]) + "</p>\n");
        o.Write("<table class=\"matrix scenarios\">\n");
        WriteHead(m, "col.scenario", o);
        o.Write("<tbody>\n");
        foreach (var row in m.Scenarios)
        {
            o.Write("<tr><th scope=\"row\"><span class=\"zh\" lang=\"zh-CN\">" + E(row.Name.Zh) + "</span><span class=\"en\" lang=\"en\">" + E(row.Name.En) + "</span>"
                + "<code>" + E(row.Id) + (row.Section is null ? string.Empty : " · " + E(row.Section)) + "</code></th>");
            foreach (var p in m.Plans)
            {
                var cell = row.Cell(p.Id);
                if (cell.Mark == CellMark.None)
                {
                    o.Write(NoneCell(_l.Format("not-opened", row.Id, p.Id)));
                    continue;
                }
                var tip = string.Join("\n", cell.Openers.Select(x => _l.Format("opened-by", row.Id, p.Id, _l.Opener(x))
                    + (x.IsConditional ? " — " + string.Join(" ", x.Conditions.Select(k => k.Text.In(_l.Language))) : string.Empty)));
                o.Write("<td class=\"scenario-cell " + MarkClass(cell.Mark) + "\" title=\"" + E(tip) + "\">" + Mark(cell.Mark) + "<ul class=\"items\">");
                foreach (var x in cell.Openers)
                    o.Write((x.IsConditional ? "<li class=\"cond\">" : "<li>") + E(_l.Opener(x)) + (x.IsConditional ? Footnotes(notes, x.Conditions) : string.Empty) + "</li>");
                o.Write("</ul></td>");
            }
            o.Write("</tr>\n");
        }
        o.Write("</tbody>\n</table>\n</section>\n");
    }

    private void WriteConditions(ConditionNotes notes, TextWriter o)
    {
        if (notes.All.Count == 0) return;
        o.Write("<section id=\"conditions\">\n<h2>" + Bilingual("conditions") + "</h2>\n<ol class=\"conditions\">\n");
        foreach (var c in notes.All)
            o.Write("<li id=\"condition-" + notes.Number(c).ToString(CultureInfo.InvariantCulture) + "\"><code>" + E(c.Code) + "</code> "
                + "<span lang=\"" + _l.Language.Tag() + "\">" + E(c.Text.In(_l.Language)) + "</span>"
                + "<br><span class=\"alt\" lang=\"" + _l.Other.Tag() + "\">" + E(c.Text.In(_l.Other)) + "</span></li>\n");
        o.Write("</ol>\n</section>\n");
    }

    private void WriteFooter(CategoryMatrix m, TextWriter o)
    {
        o.Write("<footer>\n<h2>" + Bilingual("sources") + "</h2>\n<ul class=\"sources\">\n");
        foreach (var s in m.Sources)
        {
            var title = E(s.Title.In(_l.Language)) + " <span class=\"alt\" lang=\"" + _l.Other.Tag() + "\">" + E(s.Title.In(_l.Other)) + "</span>";
            var url = HtmlText.SafeUrl(s.Url);
            o.Write("<li>" + (url is null ? title : "<a href=\"" + E(url) + "\">" + title + "</a>")
                + " · " + E(s.DisplayDate) + (url is null && s.File is not null ? " · <code>" + E(s.File) + "</code>" : string.Empty)
                + (url is null && s.File is null && s.Url is not null ? " · " + E(s.Url) : string.Empty) + "</li>\n");
        }
        o.Write("</ul>\n<p class=\"footer-version\">" + E(_l.Format("footer", m.RuleSetVersion, m.Origin, ProductInfo.Name + " " + ProductInfo.Version)) + "</p>\n</footer>\n");
    }

    private string NoneCell(string tip) => "<td class=\"none\" title=\"" + E(tip) + "\"><span class=\"mark\" aria-label=\"" + E(_l["legend.none"]) + "\">–</span></td>";

    private string Mark(CellMark mark) => mark == CellMark.Open
        ? "<span class=\"mark\" aria-label=\"" + E(_l["legend.open"]) + "\">✓</span>"
        : "<span class=\"mark\" aria-label=\"" + E(_l["legend.conditional"]) + "\">◐</span>";

    private static string MarkClass(CellMark mark) => mark == CellMark.Open ? "open" : "conditional";

    private static string VendorClass(int index) => "vendor-" + (index % 4).ToString(CultureInfo.InvariantCulture);

    private static string Footnotes(ConditionNotes notes, IReadOnlyList<MatrixCondition> conditions) =>
        "<sup>" + string.Join(",", conditions.Select(c =>
        {
            var n = notes.Number(c).ToString(CultureInfo.InvariantCulture);
            return "<a href=\"#condition-" + n + "\">" + n + "</a>";
        })) + "</sup>";
}
