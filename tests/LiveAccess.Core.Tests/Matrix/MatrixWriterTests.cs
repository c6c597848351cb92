using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using LiveAccess.Core.Matrix;
using LiveAccess.Core.Rules;
using LiveAccess.Core.Text;
using Microsoft.VisualBasic.FileIO;
using YamlDotNet.RepresentationModel;

namespace LiveAccess.Core.Tests.Matrix;

public sealed class MatrixWriterTests
{
    private static readonly CategoryMatrix Default = CategoryMatrix.Build(RuleSetLoader.Default);

    internal static string Render(string format, CategoryMatrix? matrix = null, Language language = Language.English)
    {
        var output = new StringWriter();
        MatrixFormats.Create(format, language).Write(matrix ?? Default, output);
        return output.ToString();
    }

    internal static List<string[]> ParseCsv(string text)
    {
        using var parser = new TextFieldParser(new StringReader(text)) { HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = false };
        parser.SetDelimiters(",");
        var rows = new List<string[]>();
        while (!parser.EndOfData) rows.Add(parser.ReadFields()!);
        return rows;
    }

    [Fact]
    public void Formats_are_known_by_name_and_extension()
    {
        Assert.Equal(new[] { "csv", "markdown", "json", "yaml", "html" }, MatrixFormats.Names);
        Assert.True(MatrixFormats.IsKnown("MD"));
        Assert.Equal("html", MatrixFormats.FromExtension("out/matrix.HTM"));
        Assert.Equal(".yaml", MatrixFormats.Extension("yml"));
        var ex = Assert.Throws<ArgumentException>(() => MatrixFormats.Create("pdf", Language.English));
        Assert.Contains("csv, markdown, json, yaml, html", ex.Message);
    }

    [Fact]
    public void Csv_has_a_row_per_category_and_scenario_and_a_column_per_plan()
    {
        var rows = ParseCsv(Render("csv"));
        Assert.Equal(new[] { "table", "id", "zh-CN", "en" }.Concat(Default.Plans.Select(p => p.Id)), rows[0]);
        Assert.Equal(1 + Default.Categories.Count + Default.Scenarios.Count, rows.Count);
        Assert.All(rows, r => Assert.Equal(4 + Default.Plans.Count, r.Length));
        var platform = rows.Single(r => r[1] == "ecommerce/platform");
        Assert.Equal("category", platform[0]);
        Assert.Equal("电商平台/电商平台", platform[2]);
        Assert.Equal("ecommerce; medical-sales (conditional: medical-category-required)", platform[4 + Default.Plans.ToList().FindIndex(p => p.Id == "tencent-live-plugin")]);
        Assert.Equal("", platform[4 + Default.Plans.ToList().FindIndex(p => p.Id == "tencent-standard-live")]);
        var education = rows.Single(r => r[0] == "scenario" && r[1] == "education");
        Assert.Equal("always", education[4 + Default.Plans.ToList().FindIndex(p => p.Id == "tencent-enterprise-live")]);
    }

    [Fact]
    public void Csv_neutralises_cells_a_spreadsheet_would_run()
    {
        var rows = ParseCsv(Render("csv", CategoryMatrix.Build(HostileRules.Load())));
        var evil = rows.Single(r => r[1] == "evil/thing");
        Assert.StartsWith("'=HYPERLINK(", evil[2]);
        var scenario = rows.Single(r => r[1] == "evil-scenario");
        Assert.Equal("'@SUM(1) 场景", scenario[2]);
        Assert.Equal("'-2+3 <i>italic</i>", scenario[3]);
        Assert.DoesNotContain(rows.SelectMany(r => r), c => c.Length > 0 && "=+-@".Contains(c[0]));
    }

    [Fact]
    public void Json_and_yaml_carry_the_same_tree()
    {
        using var json = JsonDocument.Parse(Render("json"));
        var yaml = new YamlStream();
        yaml.Load(new StringReader(Render("yaml")));
        Assert.Equal(Normalise(json.RootElement), Normalise(yaml.Documents[0].RootNode));

        var root = json.RootElement;
        Assert.Equal("2026.11.21", root.GetProperty("ruleSetVersion").GetString());
        Assert.Equal(Default.Categories.Count, root.GetProperty("categories").GetArrayLength());
        Assert.Equal(Default.Scenarios.Count, root.GetProperty("scenarios").GetArrayLength());
        var platform = root.GetProperty("categories").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "ecommerce/platform");
        Assert.Equal("电商平台/电商平台", platform.GetProperty("name").GetProperty("zh-CN").GetString());
        var openings = platform.GetProperty("plans").GetProperty("zego-live-plugin").EnumerateArray().ToList();
        Assert.Equal("ecommerce", openings[0].GetProperty("scenario").GetString());
        Assert.Equal("medical-category-required", openings[1].GetProperty("conditions")[0].GetProperty("code").GetString());
        Assert.False(platform.GetProperty("plans").TryGetProperty("tencent-standard-live", out _));
        var education = root.GetProperty("scenarios").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "education");
        Assert.True(education.GetProperty("plans").GetProperty("tencent-enterprise-live")[0].GetProperty("always").GetBoolean());
        Assert.Equal(new[] { "Tencent Cloud", "ZEGO" }, root.GetProperty("vendors").EnumerateArray().Select(v => v.GetProperty("name").GetString()));
    }

    [Fact]
    public void Yaml_quotes_values_that_would_read_back_as_numbers()
    {
        var text = Render("yaml");
        Assert.Contains("ruleSetVersion: \"2026.11.21\"", text);
        Assert.Contains("needsDevelopment: true", text);
    }

    [Fact]
    public void Markdown_has_both_tables_conditions_and_sources()
    {
        var text = Render("markdown");
        var lines = text.Split('\n');
        var categoryRows = lines.Count(l => l.StartsWith("| ") && Default.Categories.Any(c => l.StartsWith("| " + MarkdownEscaped(c.Category.ChineseName) + " |")));
        Assert.Equal(Default.Categories.Count, categoryRows);
        Assert.Contains("Tencent Cloud<br>tencent-live-plugin", text);
        Assert.Contains("⚠️ medical-sales [1]", text);
        Assert.Contains("1. **medical-category-required**", text);
        Assert.Contains("## Sources · 依据", text);
        Assert.Contains("Rule set version 2026.11.21", text);
        Assert.Contains("| education | 网课、在线培训、讲座 · Online classes, training and lectures |", text);
    }

    [Fact]
    public void Markdown_escapes_hostile_names()
    {
        var text = Render("markdown", CategoryMatrix.Build(HostileRules.Load()));
        Assert.DoesNotContain("<script>", text);
        Assert.Contains("\\<script\\>", text);
        Assert.DoesNotContain("<b>bold", text);
    }

    [Fact]
    public void Chinese_headings_when_asked()
    {
        var text = Render("markdown", language: Language.Chinese);
        Assert.StartsWith("# 直播接入方案矩阵 · Live streaming access matrix", text);
    }

    private static string MarkdownEscaped(string s) => LiveAccess.Core.Reports.MarkdownText.Inline(s);

    private static object? Normalise(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => e.EnumerateObject().Select(p => p.Name + "=" + Str(Normalise(p.Value))).ToList(),
        JsonValueKind.Array => e.EnumerateArray().Select(x => Str(Normalise(x))).ToList(),
        JsonValueKind.Null => "null",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => e.GetString(),
    };

    private static object? Normalise(YamlNode n) => n switch
    {
        YamlMappingNode m => m.Children.Select(kv => ((YamlScalarNode)kv.Key).Value + "=" + Str(Normalise(kv.Value))).ToList(),
        YamlSequenceNode s => s.Children.Select(x => Str(Normalise(x))).ToList(),
        YamlScalarNode s => s.Value,
        _ => null,
    };

    private static string Str(object? o) => o is List<string> l ? "[" + string.Join("|", l) + "]" : o?.ToString() ?? "null";
}
