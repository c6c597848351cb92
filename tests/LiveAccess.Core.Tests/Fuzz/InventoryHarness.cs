using System;
using System.IO;
using LiveAccess.Core.Evaluation;
using LiveAccess.Core.Inventory;
using LiveAccess.Core.Rules;
using LiveAccess.Core.Text;
using Xunit.Sdk;

namespace LiveAccess.Core.Tests.Fuzz;

/// <summary>What one fuzzed inventory gave: records read, and whether the whole file was refused.</summary>
internal readonly record struct InventoryRunResult(long Records, long Answered, long Refused, bool FileRefused);

/// <summary>
/// Feeds bytes to <see cref="InventoryReader"/> and <see cref="DecisionRun"/> as the CLI does, and
/// checks what must hold for any input at all: the only exception is <see cref="InventoryException"/>
/// (a whole-file problem, with the file named and a message); every record is a row or an error,
/// never both; an answered row has decisions and a refused one none; records come in file order
/// with a line number; the totals balance and count every record.
/// </summary>
internal static class InventoryHarness
{
    public const string FileName = "fuzz-input";

    public static InventoryRunResult Run(byte[] bytes, InventoryFormat format, string context, Language language = Language.English)
    {
        var run = new DecisionRun(RuleSetLoader.Default, language);
        long records = 0;
        var lastLine = 0;
        var fileRefused = false;
        try
        {
            foreach (var record in InventoryReader.Read(new MemoryStream(bytes, false), FileName, format, new InventoryOptions { Language = language }))
            {
                records++;
                if ((record.Row is null) == (record.Error is null)) Fail(context, bytes, "a record is neither a row nor an error, or both");
                var source = record.Row?.Source ?? record.Error!.Source;
                if (source is null || source.File != FileName || source.Line < 1) Fail(context, bytes, "a record without its file and line: " + source);
                if (source!.Line < lastLine) Fail(context, bytes, $"records out of file order: line {source.Line} after line {lastLine}");
                lastLine = source.Line;

                var item = run.Decide(record);
                if (item.Error is { } error)
                {
                    if (item.Decisions.Count != 0) Fail(context, bytes, "a refused row has decisions");
                    if (string.IsNullOrWhiteSpace(error.Message) || error.Message.Contains("Exception", StringComparison.Ordinal))
                        Fail(context, bytes, "a row error without a proper message: " + error);
                }
                else if (item.Decisions.Count == 0)
                {
                    Fail(context, bytes, "an answered row without decisions");
                }
            }
        }
        catch (InventoryException ex)
        {
            fileRefused = true;
            if (ex.File != FileName || string.IsNullOrWhiteSpace(ex.Message) || ex.Message.Contains("Exception", StringComparison.Ordinal))
                Fail(context, bytes, "a file error without its file or a proper message: " + ex);
        }
        catch (Exception ex)
        {
            Fail(context, bytes, "unexpected " + ex);
        }

        var t = run.Totals;
        if (t.Read != records || !t.Balanced)
            Fail(context, bytes, $"totals do not add up: {records} records, read {t.Read}, answered {t.Answered}, refused {t.Refused}");
        return new InventoryRunResult(records, t.Answered, t.Refused, fileRefused);
    }

    private static void Fail(string context, byte[] bytes, string what) =>
        throw new XunitException($"{context}: {what}\ninput ({bytes.Length} bytes, base64): {Convert.ToBase64String(bytes, 0, Math.Min(bytes.Length, 4096))}");
}
