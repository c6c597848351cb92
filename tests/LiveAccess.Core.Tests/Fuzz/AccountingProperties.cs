using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using LiveAccess.Core.Evaluation;
using LiveAccess.Core.Inventory;
using LiveAccess.Core.Rules;
using LiveAccess.Core.Text;

namespace LiveAccess.Core.Tests.Fuzz;

/// <summary>
/// Accounting over generated inventories (FsCheck): rows of good and bad values, names and
/// categories full of quotes, separators, line breaks, full-width and zero-width characters,
/// written correctly as CSV, JSON and YAML. Every row gives exactly one record, in order, and
/// exactly the rows whose AppId, entity type and scenario are valid are answered.
/// </summary>
public sealed class AccountingProperties
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(100);

    /// <summary>One generated program, and whether it is valid (so must be answered).</summary>
    public sealed record GeneratedRow(string AppId, string Name, string Entity, string Categories, string Scenario, bool Valid)
    {
        public bool Blank => new[] { AppId, Name, Entity, Categories, Scenario }.All(string.IsNullOrWhiteSpace);

        public override string ToString() => JsonSerializer.Serialize(this);
    }

    // No 'x' (so no line inside a value reads like a new row's AppId), no NUL and no other control
    // characters (a file of them is refused as binary, by design).
    private const string TextAlphabet = "ab c,;|\"'\r\n\t{}[]:-#&*!?>/／＞；，、\u200B\u3000０Ａ企业社交直播电商平台名称=+@";

    private static readonly Gen<string> Text =
        Gen.ArrayOf(Gen.Elements(TextAlphabet.ToCharArray())).Select(chars => new string(chars));

    private static readonly Gen<(string Value, bool Valid)> AppIds = Gen.OneOf(
        Gen.Choose(0, int.MaxValue).Select(n => ($"wx{n:x8}{n ^ 0x5a5a5a5a:x8}", true)),
        Gen.Elements(("WX0123456789ABCDEF", true), (" wx0123456789abcdef ", true), ("ｗｘ0123456789abcdef", true),
            ("wx12345", false), ("", false), ("wx0123456789abcdeg", false), ("0123456789abcdef", false)));

    private static readonly Gen<(string Value, bool Valid)> Entities =
        Gen.Elements(("enterprise", true), ("企业", true), ("个体工商户", true), ("政府", true), ("Media", true),
            ("", false), ("enterprize", false), ("corp", false));

    private static readonly Gen<(string Value, bool Valid)> Scenarios =
        Gen.Elements(("", true), ("ecommerce", true), ("场景6", true), ("government", true), ("Entertainment", true),
            ("场景5", false), ("ecomerce", false), ("live", false));

    private static readonly Gen<GeneratedRow> Rows =
        from appId in AppIds
        from name in Text
        from entity in Entities
        from categories in Text
        from scenario in Scenarios
        select new GeneratedRow(appId.Value, name, entity.Value, categories, scenario.Value, appId.Valid && entity.Valid && scenario.Valid);

    private static readonly Arbitrary<GeneratedRow[]> Inventories = Gen.ArrayOf(Rows).ToArbitrary();

    [Fact]
    public void Csv_every_row_is_one_record_and_exactly_the_valid_rows_are_answered() =>
        Prop.ForAll(Inventories, rows => Holds(rows, InventoryFormat.Csv, WriteCsv(rows))).Check(Runs);

    [Fact]
    public void Json_every_object_is_one_record_and_exactly_the_valid_ones_are_answered() =>
        Prop.ForAll(Inventories, rows => Holds(rows, InventoryFormat.Json, WriteJson(rows))).Check(Runs);

    [Fact]
    public void Yaml_every_mapping_is_one_record_and_exactly_the_valid_ones_are_answered() =>
        Prop.ForAll(Inventories, rows => Holds(rows, InventoryFormat.Yaml, WriteYaml(rows))).Check(Runs);

    private static bool Holds(GeneratedRow[] rows, InventoryFormat format, string text)
    {
        var run = new DecisionRun(RuleSetLoader.Default, Language.English);
        var answered = new List<bool>();
        foreach (var record in InventoryReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "gen", format, new InventoryOptions()))
            answered.Add(run.Decide(record).Error is null);
        // A CSV line of empty fields is a blank line, not a row (Excel leaves them below the data).
        var expected = rows.Where(r => format != InventoryFormat.Csv || !r.Blank).Select(r => r.Valid).ToList();
        if (!answered.SequenceEqual(expected))
            throw new InvalidOperationException($"{format}: expected answered {string.Join(",", expected)} but got {string.Join(",", answered)}\n{text}");
        return run.Totals.Balanced && run.Totals.Read == expected.Count && run.Totals.Answered == expected.Count(v => v);
    }

    private static string WriteCsv(GeneratedRow[] rows)
    {
        static string Cell(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        var sb = new StringBuilder("AppId,Name,EntityType,Categories,Scenario\r\n");
        foreach (var r in rows)
            sb.Append(string.Join(",", new[] { r.AppId, r.Name, r.Entity, r.Categories, r.Scenario }.Select(Cell))).Append("\r\n");
        return sb.ToString();
    }

    private static string WriteJson(GeneratedRow[] rows) => JsonSerializer.Serialize(rows.Select(r => new Dictionary<string, string>
    {
        ["AppId"] = r.AppId, ["Name"] = r.Name, ["EntityType"] = r.Entity, ["Categories"] = r.Categories, ["Scenario"] = r.Scenario,
    }));

    // YAML takes JSON's double-quoted strings; one flow mapping per line, Chinese keys.
    private static string WriteYaml(GeneratedRow[] rows)
    {
        if (rows.Length == 0) return "[]\n";
        static string Q(string value) => JsonSerializer.Serialize(value);
        var sb = new StringBuilder();
        foreach (var r in rows)
            sb.Append($"- {{ AppId: {Q(r.AppId)}, 名称: {Q(r.Name)}, 主体类型: {Q(r.Entity)}, 服务类目: {Q(r.Categories)}, 直播场景: {Q(r.Scenario)} }}\n");
        return sb.ToString();
    }
}
