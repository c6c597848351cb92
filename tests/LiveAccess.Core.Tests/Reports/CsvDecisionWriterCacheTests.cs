using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using LiveAccess.Core.Domain;
using LiveAccess.Core.Evaluation;
using LiveAccess.Core.Reports;
using LiveAccess.Core.Rules;
using LiveAccess.Core.Text;

namespace LiveAccess.Core.Tests.Reports;

/// <summary>
/// The CSV writer renders what a record takes from its verdict once and, on a UTF-8 stream, writes
/// bytes kept encoded: its output must be byte for byte the record-by-record rendering with
/// <see cref="CsvCells.WriteRecord"/>, for every kind of decision and every awkward name, on every
/// kind of output.
/// </summary>
public sealed class CsvDecisionWriterCacheTests
{
    private static readonly string?[] Names =
    {
        null, "", "Shop", "优选商城", "=HYPERLINK(\"x\")", "-1", "+1", "@a", "\tTab", " lead", "trail ", "a,b", "q\"q",
        "two\nlines", "cr\rname", "😀", "'quoted'",
    };

    [Fact]
    public void Every_output_gets_the_bytes_of_the_record_by_record_rendering()
    {
        foreach (var language in new[] { Language.English, Language.Chinese })
        {
            var decisions = Decisions(language);
            Assert.True(decisions.Count > 2000);
            var expected = Reference(decisions);
            Assert.Equal(expected, Written(decisions, output => new StringWriter(), writer => Encoding.UTF8.GetBytes(writer.ToString()!)));
            foreach (var encoding in new Encoding[] { new UTF8Encoding(false), new UTF8Encoding(true) })
            {
                var bytes = WrittenToStream(decisions, encoding);
                Assert.Equal(encoding.GetPreamble().Concat(expected).ToArray(), bytes);
            }
            var utf16 = WrittenToStream(decisions, new UnicodeEncoding(false, true));
            Assert.Equal(Encoding.UTF8.GetString(expected), new UnicodeEncoding(false, true).GetString(utf16, 2, utf16.Length - 2));
        }
    }

    [Fact]
    public void A_run_that_stops_part_way_keeps_what_it_wrote()
    {
        var decisions = Decisions(Language.English).Take(50).ToList();
        var stream = new MemoryStream();
        var writer = new StreamWriter(stream, new UTF8Encoding(false));
        using (var csv = new CsvDecisionWriter(ReportTestData.Context(writer)))
            foreach (var d in decisions) csv.WriteDecision(d);
        writer.Flush();
        Assert.Equal(Reference(decisions), stream.ToArray());
    }

    private static byte[] WrittenToStream(List<Decision> decisions, Encoding encoding)
    {
        var stream = new MemoryStream();
        using var writer = new StreamWriter(stream, encoding, 1024, leaveOpen: true);
        using (var csv = new CsvDecisionWriter(ReportTestData.Context(writer)))
        {
            foreach (var d in decisions) csv.WriteDecision(d);
            csv.Complete(new RunTotals());
        }
        writer.Flush();
        return stream.ToArray();
    }

    private static byte[] Written(List<Decision> decisions, Func<TextWriter, TextWriter> open, Func<TextWriter, byte[]> bytes)
    {
        var output = open(TextWriter.Null);
        using (var csv = new CsvDecisionWriter(ReportTestData.Context(output)))
        {
            foreach (var d in decisions) csv.WriteDecision(d);
            csv.Complete(new RunTotals());
        }
        return bytes(output);
    }

    /// <summary>The oracle: every cell of every record rendered on its own.</summary>
    private static byte[] Reference(IEnumerable<Decision> decisions)
    {
        var output = new StringWriter();
        CsvCells.WriteRecord(output, CsvDecisionWriter.Columns.ToArray());
        foreach (var d in decisions)
            CsvCells.WriteRecord(output, d.AppId, d.Name, d.EntityType.Id(), d.Scenario, Outcomes.Id(d.Outcome), d.Eligible ? "true" : "false",
                string.Join(";", d.Plans.Select(p => p.Id)), Join(d.Reasons), Join(d.Remediations), Join(d.Warnings), d.RuleSetVersion);
        return Encoding.UTF8.GetBytes(output.ToString());
    }

    private static string Join(IEnumerable<Message> messages) => string.Join(" | ", messages.Select(m => m.Text));

    /// <summary>Every scenario for many programs: each entity type, categories one by one and in pairs, unknown ones, lone secondaries, duplicates, awkward names.</summary>
    private static List<Decision> Decisions(Language language)
    {
        var rules = RuleSetLoader.Default;
        var run = new DecisionRun(rules, language);
        var names = rules.Categories.All.Select(c => c.ChineseName).ToList();
        var writtenCategories = names.Select(n => new[] { n })
            .Concat(names.Zip(names.Skip(3), (a, b) => new[] { a + ";" + b }))
            .Concat(new[] { new[] { "游戏/休闲游戏" }, new[] { "直播" }, Array.Empty<string>(), new[] { "社交/直播;电商平台/电商平台;教育/在线视频课程;金融/银行;医疗/互联网医院;汽车/汽车预售" } })
            .ToList();
        var decisions = new List<Decision>();
        var i = 0;
        foreach (var entity in new[] { "enterprise", "individual", "government", "media", "organization" })
            foreach (var categories in writtenCategories)
            {
                var item = run.Decide(InventoryRecord.Ok(new InventoryRow
                {
                    AppId = "wx" + (i % 300).ToString("x16", System.Globalization.CultureInfo.InvariantCulture),
                    Name = Names[i % Names.Length],
                    EntityType = entity,
                    Categories = categories,
                    Scenario = i % 3 == 0 ? null : rules.Scenarios[i % rules.Scenarios.Count].Id,
                }));
                i++;
                Assert.Null(item.Error);
                decisions.AddRange(item.Decisions);
            }
        // What the normaliser never gives but a caller of the public model may: odd AppIds, broken UTF-16.
        var evaluator = new Evaluator(rules, language);
        foreach (var (appId, name) in new[] { ("=wx", "\ud800"), ("a,b", "x\udc00y"), ("wx0123456789abcdef", "end\ud800"), ("\udc00", "\ud83d\ude00") })
            foreach (var d in evaluator.Evaluate(new MiniProgram(appId, EntityType.Enterprise, LiveAccess.Core.Categories.CategorySet.Of(0)) { Name = name }))
                decisions.Add(d);
        return decisions;
    }
}
