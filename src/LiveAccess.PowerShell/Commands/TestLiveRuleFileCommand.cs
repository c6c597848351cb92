using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using LiveAccess.Core.Rules;
using LiveAccess.Core.Text;
using LiveAccess.PowerShell.Engine;

namespace LiveAccess.PowerShell.Commands;

/// <summary>
/// Checks rule files before they are used with -RulePath: one <see cref="RuleFileResult"/> per file
/// with every problem's line and column, or with -Quiet one boolean per file.
/// </summary>
[Cmdlet(VerbsDiagnostic.Test, "LiveRuleFile", DefaultParameterSetName = "Path")]
[OutputType(typeof(RuleFileResult))]
[OutputType(typeof(bool))]
public sealed class TestLiveRuleFileCommand : PSCmdlet
{
    /// <summary>Rule files (YAML) to check; wildcards allowed.</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = "Path", ValueFromPipeline = true)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string[] Path { get; set; } = System.Array.Empty<string>();

    /// <summary>Rule files named exactly as written.</summary>
    [Parameter(Mandatory = true, ParameterSetName = "LiteralPath", ValueFromPipelineByPropertyName = true)]
    [Alias("PSPath", "LP")]
    [ValidateNotNullOrEmpty]
    public string[] LiteralPath { get; set; } = System.Array.Empty<string>();

    /// <summary>Language of the problems: en or zh-CN (default: the UI culture).</summary>
    [Parameter]
    [ValidateSet("en", "zh-CN")]
    public string? Language { get; set; }

    /// <summary>Returns only $true (valid) or $false per file.</summary>
    [Parameter]
    public SwitchParameter Quiet { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var language = RuleContext.ResolveLanguage(Language);
        foreach (var file in Files(language))
        {
            var result = Check(file, language);
            if (result.Valid)
                WriteVerbose(Messages.Format(language, "powershell.rulefile.valid", file, result.Version, result.Plans, result.Scenarios, result.Routes));
            if (Quiet) WriteObject(result.Valid);
            else WriteObject(result);
        }
    }

    private static RuleFileResult Check(string file, Core.Text.Language language)
    {
        try
        {
            var rules = RuleSetLoader.LoadFile(file, language);
            return new RuleFileResult
            {
                Path = file, Valid = true, Version = rules.Version,
                Plans = rules.Plans.Count, Scenarios = rules.Scenarios.Count, Routes = rules.Routes.Count,
            };
        }
        catch (RuleFileException ex)
        {
            return new RuleFileResult
            {
                Path = file,
                Problems = ex.Errors.Select(e => new RuleFileProblem { File = e.File, Line = e.Line, Column = e.Column, Message = e.Message }).ToArray(),
            };
        }
    }

    private IEnumerable<string> Files(Core.Text.Language language)
    {
        var literal = ParameterSetName == "LiteralPath";
        foreach (var path in literal ? LiteralPath : Path)
        {
            List<string> files;
            try
            {
                files = literal
                    ? new List<string> { GetUnresolvedProviderPathFromPSPath(path) }
                    : GetResolvedProviderPathFromPSPath(path, out _).ToList();
            }
            catch (ItemNotFoundException)
            {
                files = new List<string>();
            }
            if (files.Count == 0 || (literal && !File.Exists(files[0])))
            {
                // A missing file is reported by the loader as a refused file with its reason.
                if (literal) { foreach (var f in files) yield return f; }
                else WriteError(ErrorRecords.PathNotFound(path, language));
                continue;
            }
            foreach (var f in files) yield return f;
        }
    }
}
