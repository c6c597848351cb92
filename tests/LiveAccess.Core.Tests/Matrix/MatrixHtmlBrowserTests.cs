using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using LiveAccess.Core.Matrix;
using LiveAccess.Core.Rules;

namespace LiveAccess.Core.Tests.Matrix;

/// <summary>
/// Renders the matrix page in headless Chromium and checks what a reader sees. A probe script is
/// added to a copy of the page (the page itself has none) that reports the rendered text and
/// layout into the DOM, which <c>--dump-dom</c> prints.
/// </summary>
public sealed class MatrixHtmlBrowserTests : IDisposable
{
    private const string Probe = """
        <script>
        (function () {
          var vendors = Array.prototype.map.call(document.querySelectorAll('table.categories th.vendor, table.scenarios th.vendor'), function (th) {
            return { text: th.innerText.replace(/\s+/g, ' ').trim(), colspan: th.colSpan, width: th.getBoundingClientRect().width };
          });
          var open = document.querySelector('td.open'), cond = document.querySelector('td.conditional'), none = document.querySelector('td.none');
          var report = {
            text: document.body.innerText,
            title: document.title,
            scripts: document.scripts.length,
            vendors: vendors,
            tables: document.querySelectorAll('table.matrix').length,
            openBackground: open ? getComputedStyle(open).backgroundColor : null,
            conditionalBackground: cond ? getComputedStyle(cond).backgroundColor : null,
            noneBackground: none ? getComputedStyle(none).backgroundColor : null,
            cellsWithTooltips: document.querySelectorAll('td[title]').length,
            cells: document.querySelectorAll('td').length,
            bodyWidth: document.body.scrollWidth
          };
          var pre = document.createElement('pre');
          pre.id = 'probe';
          pre.textContent = JSON.stringify(report);
          document.body.appendChild(pre);
        })();
        </script>
        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("liveaccess-matrix-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    private string WritePage(string name, CategoryMatrix matrix, bool probe)
    {
        var html = MatrixWriterTests.Render("html", matrix);
        if (probe) html = html.Replace("</body>", Probe + "\n</body>", StringComparison.Ordinal);
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, html);
        return path;
    }

    private static JsonElement ReadProbe(string dom)
    {
        var m = Regex.Match(dom, "<pre id=\"probe\">(.*?)</pre>", RegexOptions.Singleline);
        Assert.True(m.Success, "The probe did not run: " + dom[..Math.Min(400, dom.Length)]);
        return JsonDocument.Parse(WebUtility.HtmlDecode(m.Groups[1].Value)).RootElement.Clone();
    }

    [ChromiumFact]
    public void Chromium_shows_vendor_groups_plans_names_in_both_languages_and_the_version()
    {
        var matrix = CategoryMatrix.Build(RuleSetLoader.Default);
        var report = ReadProbe(Chromium.Run(WritePage("matrix.html", matrix, probe: true), "--window-size=1400,1000", "--dump-dom"));
        var text = report.GetProperty("text").GetString()!;

        // Both tables (categories, then scenarios) group their plan columns under the two vendors.
        var vendors = report.GetProperty("vendors").EnumerateArray().ToList();
        Assert.Equal(4, vendors.Count);
        Assert.Equal(vendors.Take(2).Select(v => v.GetProperty("text").GetString()), vendors.Skip(2).Select(v => v.GetProperty("text").GetString()));
        Assert.Contains("Tencent Cloud", vendors[0].GetProperty("text").GetString());
        Assert.Contains("腾讯云", vendors[0].GetProperty("text").GetString());
        Assert.Equal(3, vendors[0].GetProperty("colspan").GetInt32());
        Assert.Contains("ZEGO", vendors[1].GetProperty("text").GetString());
        Assert.Equal(2, vendors[1].GetProperty("colspan").GetInt32());
        Assert.All(vendors, v => Assert.True(v.GetProperty("width").GetDouble() > 50));

        foreach (var plan in matrix.Plans) Assert.Contains(plan.Id, text);
        Assert.Contains("社交/直播", text);
        Assert.Contains("Social/Live streaming", text);
        Assert.Contains("电商带货、直播导购", text);
        Assert.Contains("E-commerce selling and live shopping guides", text);
        Assert.Contains("Rule set version 2026.11.21", text);
        Assert.Contains("Sources", text);
        Assert.Contains("依据", text);
        Assert.Contains("medical-category-required", text);

        Assert.Equal(2, report.GetProperty("tables").GetInt32());
        Assert.Equal(report.GetProperty("cells").GetInt32(), report.GetProperty("cellsWithTooltips").GetInt32());
        var open = report.GetProperty("openBackground").GetString();
        var conditional = report.GetProperty("conditionalBackground").GetString();
        var none = report.GetProperty("noneBackground").GetString();
        Assert.NotEqual(open, conditional);
        Assert.NotEqual(open, none);
        Assert.NotEqual("rgba(0, 0, 0, 0)", open);
        Assert.Equal(1, report.GetProperty("scripts").GetInt32()); // the probe only
    }

    [ChromiumFact]
    public void Chromium_runs_no_markup_from_a_hostile_rule_file()
    {
        var report = ReadProbe(Chromium.Run(WritePage("hostile.html", CategoryMatrix.Build(HostileRules.Load()), probe: true), "--dump-dom"));
        Assert.DoesNotContain("pwned", report.GetProperty("title").GetString());
        Assert.Equal(1, report.GetProperty("scripts").GetInt32());
        var text = report.GetProperty("text").GetString()!;
        Assert.Contains("<script>document.title='pwned'</script>", text);
        Assert.Contains("\"><svg onload=alert(1)>", text);
        Assert.Contains("<u>section</u>", text);
        Assert.Contains("=HYPERLINK(", text);
    }

    [ChromiumFact]
    public void Chromium_prints_and_screenshots_the_page()
    {
        var page = WritePage("plain.html", CategoryMatrix.Build(RuleSetLoader.Default), probe: false);
        var pdf = Path.Combine(_dir, "matrix.pdf");
        var png = Path.Combine(_dir, "matrix.png");
        Chromium.Run(page, "--no-pdf-header-footer", "--print-to-pdf=" + pdf);
        Chromium.Run(page, "--window-size=1400,1000", "--screenshot=" + png);
        var pdfBytes = File.ReadAllBytes(pdf);
        Assert.True(pdfBytes.Length > 10_000, $"PDF is {pdfBytes.Length} bytes");
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdfBytes, 0, 4));
        // Landscape A4 pages from the print style sheet: the MediaBox is wider than tall.
        var box = Regex.Match(System.Text.Encoding.Latin1.GetString(pdfBytes), @"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]");
        Assert.True(box.Success);
        Assert.True(double.Parse(box.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)
                    > double.Parse(box.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
        var pngBytes = File.ReadAllBytes(png);
        Assert.True(pngBytes.Length > 10_000, $"PNG is {pngBytes.Length} bytes");
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, pngBytes.Take(4));
    }
}
