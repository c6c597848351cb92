using System.Management.Automation;
using LiveAccess.PowerShell.Completion;
using LiveAccess.PowerShell.Engine;

namespace LiveAccess.PowerShell.Commands;

/// <summary>
/// The input side every deciding cmdlet shares: one mini program per pipeline object (bound by
/// property name, English and Chinese column names), or whole inventory files with -Path and
/// -LiteralPath. Every input gives its decisions or exactly one error; bad rows never stop the rest.
/// </summary>
public abstract class DecisionCommandBase : LiveAccessCommandBase
{
    /// <summary>Parameter set of one program bound from parameters or pipeline properties.</summary>
    protected const string ObjectSet = "Object";
    /// <summary>Parameter set of inventory files named with wildcards.</summary>
    protected const string PathSet = "Path";
    /// <summary>Parameter set of inventory files named literally.</summary>
    protected const string LiteralPathSet = "LiteralPath";

    /// <summary>
    /// The default parameter set of the deciding cmdlets. PowerShell binds a pipeline object to the
    /// default set first and stops there when any of its parameters binds; a FileInfo from
    /// Get-ChildItem has a Name, which would bind -Name of the object set and then fail for want of
    /// an AppId. With LiteralPath as the default, a FileInfo binds -LiteralPath (PSPath), while an
    /// inventory row, which has no PSPath, falls through to the object set.
    /// </summary>
    protected const string PipelineDefaultSet = LiteralPathSet;

    private DecisionInput? _input;

    #region Parameters

    /// <summary>The AppID: wx followed by 16 hexadecimal digits (the AppID column binds here).</summary>
    [Parameter(Mandatory = true, ParameterSetName = ObjectSet, ValueFromPipelineByPropertyName = true)]
    [AllowNull]
    [AllowEmptyString]
    public string? AppId { get; set; }

    /// <summary>The mini program's name, carried through to the result.</summary>
    [Parameter(ParameterSetName = ObjectSet, ValueFromPipelineByPropertyName = true)]
    [Alias("名称", "小程序名称")]
    [AllowNull]
    [AllowEmptyString]
    public string? Name { get; set; }

    /// <summary>The entity type (主体类型): individual, enterprise, government, media, organization, or the Chinese word.</summary>
    [Parameter(ParameterSetName = ObjectSet, ValueFromPipelineByPropertyName = true)]
    [Alias("主体类型", "Entity")]
    [ArgumentCompleter(typeof(EntityTypeCompleter))]
    [AllowNull]
    [AllowEmptyString]
    public string? EntityType { get; set; }

    /// <summary>The approved service categories (服务类目) as 一级/二级 pairs; one string may hold several separated by ; , or |.</summary>
    [Parameter(ParameterSetName = ObjectSet, ValueFromPipelineByPropertyName = true)]
    [Alias("Categories", "服务类目", "类目")]
    [ArgumentCompleter(typeof(CategoryCompleter))]
    [AllowNull]
    [AllowEmptyCollection]
    public string[]? Category { get; set; }

    /// <summary>The live scenario id or alias (直播场景); empty to decide every scenario.</summary>
    [Parameter(ParameterSetName = ObjectSet, ValueFromPipelineByPropertyName = true)]
    [Alias("直播场景", "场景")]
    [ArgumentCompleter(typeof(ScenarioCompleter))]
    [AllowNull]
    [AllowEmptyString]
    public string? Scenario { get; set; }

    /// <summary>Inventory files (CSV, JSON, YAML) to read directly, streaming; wildcards allowed.</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = PathSet)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string[] Path { get; set; } = System.Array.Empty<string>();

    /// <summary>Inventory files named exactly as written (no wildcards).</summary>
    [Parameter(Mandatory = true, ParameterSetName = LiteralPathSet, ValueFromPipelineByPropertyName = true)]
    [Alias("PSPath", "LP")]
    [ValidateNotNullOrEmpty]
    public string[] LiteralPath { get; set; } = System.Array.Empty<string>();

    /// <summary>The inventory format when the file extension does not tell: Csv, Json or Yaml.</summary>
    [Parameter(ParameterSetName = PathSet)]
    [Parameter(ParameterSetName = LiteralPathSet)]
    [ValidateSet("Csv", "Json", "Yaml")]
    public string? InventoryFormat { get; set; }

    /// <summary>The inventory's text encoding (e.g. utf-8, gb18030); detected when not given.</summary>
    [Parameter(ParameterSetName = PathSet)]
    [Parameter(ParameterSetName = LiteralPathSet)]
    [ArgumentCompleter(typeof(EncodingCompleter))]
    [ValidateNotNullOrEmpty]
    public string? Encoding { get; set; }

    #endregion

    /// <summary>The running session (rules, language, totals), created at the first record.</summary>
    private protected DecisionSession Session => Input.Session;

    private DecisionInput Input => _input ??= new DecisionInput(this, new DecisionSession(Rules));

    /// <inheritdoc />
    protected override void BeginProcessing()
    {
        // Load the rules now, so a refused rule file stops the command before any input is read.
        _ = Input;
    }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        switch (ParameterSetName)
        {
            case PathSet:
                Input.ReadFiles(Path, literal: false);
                break;
            case LiteralPathSet:
                Input.ReadFiles(LiteralPath, literal: true);
                break;
            default:
                Input.Emit(Session.Decide(AppId, Name, EntityType, Category, Scenario), AppId);
                break;
        }
    }

    /// <inheritdoc />
    protected override void EndProcessing()
    {
        Input.CompleteProgress();
        Complete();
    }

    /// <summary>Writes what a decided row becomes (objects, booleans, gate lines).</summary>
    private protected abstract void WriteDecided(DecidedRow row);

    /// <summary>Called once after the last input.</summary>
    private protected virtual void Complete() { }

    /// <summary>Called for every refused row, after its error was written.</summary>
    private protected virtual void Refused(DecidedRow row) { }

    /// <summary>Called when a path or a whole inventory file could not be read, after its error was written.</summary>
    private protected virtual void InputFailed() { }

    internal void OnDecided(DecidedRow row) => WriteDecided(row);
    internal void OnRefused(DecidedRow row) => Refused(row);
    internal void OnInputFailed() => InputFailed();
}
