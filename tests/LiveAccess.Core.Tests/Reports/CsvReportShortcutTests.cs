using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using LiveAccess.Core.Domain;
using LiveAccess.Core.Evaluation;
using LiveAccess.Core.Inventory;
using LiveAccess.Core.Reports;
using LiveAccess.Core.Tests.Inventory;
using LiveAccess.Core.Text;

namespace LiveAccess.Core.Tests.Reports;

/// <summary>
/// The CSV report shortcut writes exactly what the usual way writes (every record byte for byte,
/// the same refused rows on the same lines, the same totals and gate failures), reading ahead on
/// another thread as the command does, on the corpus, the examples and generated inventories; and
/// it does take the plain lines.
/// </summary>
public sealed class CsvReportShortcutTests
{
    private static readonly Language[] Languages = { Language.English, Language.Chinese };

    [Fact]
    public void Every_csv_of_the_corpus_and_the_examples_gives_the_same_report()
    {
        var root = InventoryTestSupport.RepoRoot();
        var files = Directory.GetFiles(Path.Combine(root, "tests", "corpus", "inventory"), "*.csv")
            .Concat(Directory.GetFiles(Path.Combine(root, "examples"), "*.csv"))
            .Concat(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Corpus", "inventory"), "*.csv"))
            .ToList();
        Assert.True(files.Count > 25, "the corpus and the examples should be there");
        long taken = 0;
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            foreach (var language in Languages)
                taken += AssertSame(bytes, language, GatePolicy.Default, Path.GetFileName(file));
        }
        Assert.True(taken > 50, $"the shortcut took only {taken} lines of the corpus");
    }

    [Theory]
    [InlineData(1, FailOn.Ineligible)]
    [InlineData(2, FailOn.Conditional)]
    [InlineData(3, FailOn.Ineligible)]
    public void A_realistic_inventory_gives_the_same_report_and_most_lines_are_taken(int seed, FailOn failOn)
    {
        var bytes = Encoding.UTF8.GetBytes(FastCsvInputs.Realistic(new Random(seed), 4000));
        foreach (var language in Languages)
        {
            var taken = AssertSame(bytes, language, new GatePolicy(failOn), $"seed {seed}");
            // Refused rows (about one in fifty AppIds is broken, one entity word in twelve unknown)
            // and quoted values with doubled quotes go the usual way; the rest is taken.
            Assert.True(taken > 3000, $"only {taken} of 4000 lines were taken");
        }
    }

    [Fact]
    public void Thousands_of_quirky_inventories_give_the_same_report()
    {
        var random = new Random(20261121);
        long taken = 0;
        for (var n = 0; n < 1500; n++)
        {
            var bytes = FastCsvInputs.Quirky(random);
            taken += AssertSame(bytes, n % 3 == 0 ? Language.Chinese : Language.English, GatePolicy.Default, $"inventory #{n}");
        }
        Assert.True(taken > 300, $"the shortcut took only {taken} lines");
    }

    [Fact]
    public void Names_of_every_kind_are_written_as_the_usual_way_writes_them()
    {
        var names = new[]
        {
            "", "优选商城", "Acme Shop", "=SUM(A1:A9)", "+1", "-x", "@home", "a  b", "全角（测试）", "ＡＢＣ",
            "zero\u200bwidth", "旗舰店 · 北京", "\u3000全角空格", "tab\there", "\"quoted\"", "x,y", "Ünïcödé", "𠀀 astral",
            "   ", "末尾 ", "中文 English 混合", "直播好物 2", "a\u00a0b",
        };
        var sb = new StringBuilder("AppId,Name,EntityType,Categories,Scenario\n");
        for (var i = 0; i < names.Length * 4; i++)
        {
            var name = names[i % names.Length];
            var cell = name.Contains(',') || name.Contains('"') || name != name.Trim(' ', '\t') ? "\"" + name.Replace("\"", "\"\"") + "\"" : name;
            sb.Append("wx").Append(i.ToString("x16", System.Globalization.CultureInfo.InvariantCulture)).Append(',').Append(cell)
              .Append(",enterprise,社交/直播,ecommerce\n");
        }
        var taken = AssertSame(Encoding.UTF8.GetBytes(sb.ToString()), Language.English, GatePolicy.Default, "names");
        Assert.True(taken >= names.Length * 3, $"only {taken} lines were taken");
    }

    [Fact]
    public void A_duplicate_AppId_is_warned_about_as_the_usual_way_warns()
    {
        var csv = "AppId,Name,EntityType,Categories,Scenario\n"
            + $"{InventoryTestSupport.App0},a,enterprise,社交/直播,ecommerce\n"
            + $"{InventoryTestSupport.App1},b,enterprise,社交/直播,ecommerce\n"
            + $"{InventoryTestSupport.App0},c,enterprise,社交/直播,ecommerce\n";
        var bytes = Encoding.UTF8.GetBytes(csv);
        var taken = AssertSame(bytes, Language.English, GatePolicy.Default, "duplicates");
        Assert.Equal(3, taken);
        var report = Run(bytes, Language.English, GatePolicy.Default, shortcut: true).Report;
        var third = report.Split("\r\n")[3];
        Assert.StartsWith(InventoryTestSupport.App0 + ",c,", third, StringComparison.Ordinal);
        Assert.Contains(Messages.Format(Language.English, "warning.duplicate-app-id", InventoryTestSupport.App0), third, StringComparison.Ordinal);
    }

    [Fact]
    public void Lists_written_differently_share_an_answer_only_when_they_warn_alike()
    {
        // The same set written several ways (no warnings: one answer), and with unknown names (each
        // name warns of itself: answers of their own), each written often enough to keep tails.
        var lists = new[]
        {
            "社交/直播", "社交／直播", "社交 > 直播", "直播/社交", "社交/直播;未知/甲类目", "社交/直播;未知/乙类目",
            "未知/甲类目;社交/直播", "社交/直播;未知/甲类目;未知/乙类目",
        };
        var entities = new[] { "enterprise", "企业", "media", "individual" };
        var scenarios = new[] { "ecommerce", "education", "" };
        var csv = new StringBuilder("AppId,Name,EntityType,Categories,Scenario\n");
        var random = new Random(7);
        for (var n = 0; n < 600; n++)
            csv.Append(FormattableString.Invariant($"wx{n:x16},,{entities[random.Next(entities.Length)]},{lists[random.Next(lists.Length)]},{scenarios[random.Next(scenarios.Length)]}\n"));
        var bytes = Encoding.UTF8.GetBytes(csv.ToString());
        Assert.Equal(600, AssertSame(bytes, Language.English, GatePolicy.Default, "lists written differently"));
        var records = Run(bytes, Language.English, GatePolicy.Default, shortcut: true).Report.Split("\r\n");
        Assert.Contains(records, r => r.Contains("甲类目", StringComparison.Ordinal) && !r.Contains("乙类目", StringComparison.Ordinal));
        Assert.Contains(records, r => r.Contains("乙类目", StringComparison.Ordinal) && !r.Contains("甲类目", StringComparison.Ordinal));
        Assert.Contains(records, r => r.Contains("甲类目", StringComparison.Ordinal) && r.Contains("乙类目", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(new byte[] { 0xE7, 0x9B })]       // a sequence cut short
    [InlineData(new byte[] { 0xC0, 0xAF })]       // an overlong form
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })] // a surrogate
    [InlineData(new byte[] { 0xEF, 0xB7, 0x90 })] // U+FDD0, the decoding reader's mark (the full reader takes over)
    [InlineData(new byte[] { 0xE7, 0x9B, 0xB4 })] // 直, well formed
    public void Odd_bytes_in_any_field_are_judged_as_the_usual_way_judges_them(byte[] odd)
    {
        // The shortcut checks the UTF-8 of the lines it takes itself, field by field (a word or a
        // list once, when it learns it): odd bytes in each field in turn, an unused column among
        // them, past the start the encoding is sniffed from.
        var fields = new[] { "wx{0:x16}", "云端商城", "enterprise", "社交/直播", "ecommerce", "张三" };
        var text = new MemoryStream();
        void Write(string value) { var b = Encoding.UTF8.GetBytes(value); text.Write(b, 0, b.Length); }
        Write("AppId,Name,EntityType,Categories,Scenario,Owner\n");
        var odd_lines = 0;
        for (var i = 0; i < 6000; i++)
        {
            var spoiled = i > 3000 && i % 97 == 0 ? 1 + (i / 97) % 5 : -1;
            for (var f = 0; f < fields.Length; f++)
            {
                if (f > 0) Write(",");
                var value = f == 0 ? string.Format(System.Globalization.CultureInfo.InvariantCulture, fields[0], 0x1000UL + (ulong)i) : fields[f];
                if (f != spoiled)
                {
                    Write(value);
                    continue;
                }
                // Whole characters before the odd bytes, the rest after them.
                var cut = value[0] < 0x80 ? 2 : 1;
                Write(value.Substring(0, cut));
                text.Write(odd, 0, odd.Length);
                Write(value.Substring(cut));
                odd_lines++;
            }
            Write("\n");
        }
        var csv = text.ToArray();
        Assert.True(odd_lines > 20);
        var taken = AssertSame(csv, Language.English, GatePolicy.Default, "odd bytes " + Convert.ToHexString(odd));
        Assert.True(taken > 3000, $"only {taken} lines taken");
        var errors = Run(csv, Language.English, GatePolicy.Default, shortcut: true).Errors;
        var kind = Encoding.UTF8.GetString(odd);
        if (kind is "直" or "\uFDD0") return;
        Assert.True(errors.Split('\n').Count(l => l.Length > 0) >= odd_lines, errors);
    }

    [Fact]
    public void Several_category_columns_are_left_to_the_usual_way()
    {
        var csv = "AppId,Name,EntityType,Category1,Category2,Scenario\n"
            + $"{InventoryTestSupport.App0},a,enterprise,社交/直播,电商平台/电商平台,ecommerce\n";
        Assert.Equal(0, AssertSame(Encoding.UTF8.GetBytes(csv), Language.English, GatePolicy.Default, "two category columns"));
    }

    [Fact]
    public void A_program_without_a_scenario_is_written_for_every_scenario()
    {
        var csv = "AppId,EntityType,Categories\n" + string.Concat(Enumerable.Range(0, 40).Select(i =>
            $"wx{i:x16},{(i % 2 == 0 ? "enterprise" : "media")},{(i % 3 == 0 ? "社交/直播" : "电商平台/电商平台;未知类目/乱写")}\n"));
        var bytes = Encoding.UTF8.GetBytes(csv);
        Assert.Equal(40, AssertSame(bytes, Language.Chinese, new GatePolicy(FailOn.Conditional), "no scenario"));
        var totals = Run(bytes, Language.Chinese, GatePolicy.Default, shortcut: true).Totals;
        Assert.Contains($"decisions {40 * RuleSetLoaderScenarioCount()}", totals, StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_a_shortcut_took_cannot_be_decided_the_usual_way()
    {
        var context = new ReportContext { Output = new StreamWriter(new MemoryStream(), new UTF8Encoding(false)), Rules = TestRules.Default };
        using var writer = new CsvDecisionWriter(context);
        var run = new DecisionRun(TestRules.Default, Language.English);
        var shortcut = writer.Shortcut(run, null)!;
        var csv = Encoding.UTF8.GetBytes($"AppId,EntityType\n{InventoryTestSupport.App0},enterprise\n");
        var record = InventoryReader.Read(new MemoryStream(csv), "f.csv", InventoryFormat.Csv, new InventoryOptions { Shortcut = shortcut }).Single();
        var normalized = run.Normalize(record);
        Assert.Throws<InvalidOperationException>(() => run.Decide(normalized));
        Assert.True(shortcut.TryWrite(normalized));
        Assert.False(shortcut.TryWrite(run.Normalize(InventoryRecord.Ok(new InventoryRow { AppId = InventoryTestSupport.App1, EntityType = "enterprise" }))));
    }

    [Fact]
    public void No_shortcut_when_the_report_is_not_written_as_UTF8_bytes()
    {
        var context = new ReportContext { Output = new StringWriter(), Rules = TestRules.Default };
        using var writer = new CsvDecisionWriter(context);
        Assert.Null(writer.Shortcut(new DecisionRun(TestRules.Default, Language.English), null));
    }

    private static int RuleSetLoaderScenarioCount() => TestRules.Default.Scenarios.Count;

    /// <summary>Asserts both ways agree on everything; returns how many lines the shortcut took.</summary>
    private static long AssertSame(byte[] csv, Language language, GatePolicy gate, string what)
    {
        var usual = Run(csv, language, gate, shortcut: false);
        var fast = Run(csv, language, gate, shortcut: true);
        if (usual.Report != fast.Report)
        {
            var a = usual.Report.Split("\r\n");
            var b = fast.Report.Split("\r\n");
            var at = Enumerable.Range(0, Math.Min(a.Length, b.Length)).FirstOrDefault(i => a[i] != b[i]);
            Assert.Fail($"{what} ({language}): the reports differ at record {at}.\n--- usual\n{a.ElementAtOrDefault(at)}\n--- shortcut\n{b.ElementAtOrDefault(at)}");
        }
        Assert.Equal(usual.Errors, fast.Errors);
        Assert.Equal(usual.Totals, fast.Totals);
        Assert.Equal(usual.Failing, fast.Failing);
        return fast.Taken;
    }

    private sealed record Result(string Report, string Errors, string Totals, long Failing, long Taken);

    /// <summary>The command's loop (DecisionJob): records normalised on a read-ahead thread, decided and written on this one.</summary>
    private static Result Run(byte[] csv, Language language, GatePolicy gate, bool shortcut)
    {
        var stream = new MemoryStream();
        var output = new StreamWriter(stream, new UTF8Encoding(false));
        var context = new ReportContext { Output = output, Language = language, Rules = TestRules.Default, Gate = gate };
        var errors = new StringBuilder();
        long failing = 0;
        var run = new DecisionRun(TestRules.Default, language);
        CsvReportShortcut? taken;
        using (var writer = new CsvDecisionWriter(context))
        {
            taken = shortcut ? writer.Shortcut(run, gate) : null;
            Assert.True(!shortcut || taken is not null);
            var options = new InventoryOptions { Language = language, Shortcut = taken };
            var records = new ReadAhead<NormalizedRecord>(
                InventoryReader.Read(new MemoryStream(csv), "inventory.csv", InventoryFormat.Csv, options).Select(run.Normalize), batchSize: 5, maxBatches: 2);
            try
            {
                foreach (var record in records)
                {
                    if (taken is not null && taken.TryWrite(record)) continue;
                    var item = run.Decide(record);
                    if (item.Error is { } error)
                    {
                        errors.AppendLine(error.ToString());
                        writer.WriteError(error);
                        continue;
                    }
                    foreach (var decision in item.Decisions)
                    {
                        writer.WriteDecision(decision);
                        if (gate.Fails(decision)) failing++;
                    }
                }
            }
            catch (InventoryException ex)
            {
                errors.AppendLine("whole file: " + ex);
            }
            writer.Complete(run.Totals);
        }
        var t = run.Totals;
        return new Result(new UTF8Encoding(false).GetString(stream.ToArray()), errors.ToString(),
            $"read {t.Read} answered {t.Answered} refused {t.Refused} decisions {t.Decisions} eligible {t.Eligible} conditional {t.Conditional} ineligible {t.Ineligible}",
            failing + (taken?.Failing ?? 0), taken?.Taken ?? 0);
    }
}
