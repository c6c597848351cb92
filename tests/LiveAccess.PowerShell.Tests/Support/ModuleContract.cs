using System.Collections.Generic;

namespace LiveAccess.PowerShell.Tests.Support;

/// <summary>The cmdlet contract (ARCHITECTURE.md "Public contract", issue 3): names, and the inventory column names.</summary>
internal static class ModuleContract
{
    public static readonly string[] Cmdlets =
    {
        "Assert-LiveEligibility", "Export-CategoryMatrix", "Get-LiveCategory", "Get-LivePlan",
        "Get-LivePlanInfo", "Get-LiveScenario", "Test-LiveEligibility", "Test-LiveRuleFile",
    };

    /// <summary>Cmdlets that decide programs: they bind inventory rows from the pipeline and read inventory files.</summary>
    public static readonly string[] Deciding = { "Test-LiveEligibility", "Get-LivePlan", "Assert-LiveEligibility" };

    /// <summary>Cmdlets that work from a rule set and so take -RulePath.</summary>
    public static readonly string[] RuleUsing =
    {
        "Test-LiveEligibility", "Get-LivePlan", "Assert-LiveEligibility", "Export-CategoryMatrix",
        "Get-LiveCategory", "Get-LiveScenario", "Get-LivePlanInfo",
    };

    /// <summary>Parameter name and the column names (aliases) each must bind from, English and Chinese.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> InventoryColumns = new Dictionary<string, string[]>
    {
        ["AppId"] = System.Array.Empty<string>(), // AppID binds case-insensitively to AppId itself
        ["Name"] = new[] { "名称", "小程序名称" },
        ["EntityType"] = new[] { "主体类型" },
        ["Category"] = new[] { "Categories", "服务类目", "类目" },
        ["Scenario"] = new[] { "直播场景", "场景" },
    };

    /// <summary>PowerShell's common and risk-mitigation parameters: documented by PowerShell, not by the module's help.</summary>
    public static readonly HashSet<string> CommonParameters = new()
    {
        "Verbose", "Debug", "ErrorAction", "WarningAction", "InformationAction", "ProgressAction", "ErrorVariable",
        "WarningVariable", "InformationVariable", "OutVariable", "OutBuffer", "PipelineVariable", "WhatIf", "Confirm",
    };
}
