using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace LiveAccess.Cli.Tests.Hardening;

/// <summary>The corpus, its README and the test cases stay in step: no file untested, none undescribed.</summary>
public sealed class CorpusCoverageTests
{
    private static string[] FilesIn(string folder) =>
        Directory.GetFiles(Path.Combine(Corpus.Root, folder)).Select(f => folder + "/" + Path.GetFileName(f)).OrderBy(f => f, System.StringComparer.Ordinal).ToArray();

    private static string[] Tested() =>
        EncodingCorpusTests.Cases.Concat(CsvCorpusTests.Cases).Concat(JsonYamlCorpusTests.Cases).Append(ValueCorpusTests.Case)
            .Select(c => "inventory/" + c.File)
            .Concat(RuleCorpusTests.Cases.Select(c => "rules/" + c.File))
            .Append("rules/rules-utf16le-bom-powershell.yaml")
            .OrderBy(f => f, System.StringComparer.Ordinal).ToArray();

    [Fact]
    public void Every_corpus_file_has_a_test_case_and_every_case_a_file()
    {
        var files = FilesIn("inventory").Concat(FilesIn("rules")).OrderBy(f => f, System.StringComparer.Ordinal).ToArray();
        Assert.Equal(files, Tested());
    }

    [Fact]
    public void Every_corpus_file_has_one_line_in_the_README_and_every_line_a_file()
    {
        var readme = File.ReadAllText(Path.Combine(Corpus.Root, "README.md"));
        var folder = "";
        var described = new System.Collections.Generic.List<string>();
        foreach (var line in readme.Split('\n'))
        {
            var heading = Regex.Match(line, @"^## (\w+)/");
            if (heading.Success) folder = heading.Groups[1].Value;
            var row = Regex.Match(line, @"^\| `([^`]+)` \| .+ \|$");
            if (row.Success) described.Add(folder + "/" + row.Groups[1].Value);
        }
        var files = FilesIn("inventory").Concat(FilesIn("rules")).OrderBy(f => f, System.StringComparer.Ordinal);
        Assert.Equal(files, described.OrderBy(f => f, System.StringComparer.Ordinal));
    }
}
