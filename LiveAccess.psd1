#
# Module manifest for LiveAccess: may this WeChat Mini Program stream live, and through which
# vendor plan (Tencent Cloud, ZEGO)? Build first (dotnet build LiveAccess.sln), then
#   Import-Module ./LiveAccess.psd1
#
@{
    # The cmdlet assembly, staged by the build. Its dependencies (LiveAccess.Core, YamlDotNet...)
    # sit in module/bin/deps and load in isolation from other modules' copies.
    RootModule            = 'module/bin/LiveAccess.dll'
    ModuleVersion         = '0.1.0'
    GUID                  = 'a7627402-92f2-4288-acef-8ec2690a4fff'
    Author                = 'LiveAccess contributors'
    CompanyName           = 'LiveAccess'
    Copyright             = '(c) LiveAccess contributors'
    Description           = 'Decides whether WeChat Mini Programs (AppID, entity type, service categories 服务类目, live scenario) may stream live, and through which Tencent Cloud or ZEGO access plan. Pipe an AppID inventory through Test-LiveEligibility, Get-LivePlan or the Assert-LiveEligibility CI gate.'

    # One netstandard2.0 assembly serves Windows PowerShell 5.1 (.NET Framework 4.7.2+) and PowerShell 7.x.
    PowerShellVersion     = '5.1'
    CompatiblePSEditions  = @('Desktop', 'Core')
    DotNetFrameworkVersion = '4.7.2'

    FormatsToProcess      = @('module/LiveAccess.Format.ps1xml')

    # Listed by name: PowerShell finds the commands without loading the module, and nothing else leaks out.
    CmdletsToExport       = @(
        'Test-LiveEligibility'
        'Get-LivePlan'
        'Assert-LiveEligibility'
        'Export-CategoryMatrix'
        'Get-LiveCategory'
        'Get-LiveScenario'
        'Get-LivePlanInfo'
        'Test-LiveRuleFile'
    )
    FunctionsToExport     = @()
    VariablesToExport     = @()
    AliasesToExport       = @()

    PrivateData           = @{
        PSData = @{
            Tags         = @('WeChat', 'MiniProgram', 'LiveStreaming', 'TencentCloud', 'ZEGO', 'Compliance', 'CI', 'PSEdition_Desktop', 'PSEdition_Core', 'Windows', 'Linux', 'MacOS')
            ProjectUri   = 'https://github.com/liveaccess/liveaccess'
            LicenseUri   = 'https://github.com/liveaccess/liveaccess/blob/main/LICENSE'
            ReleaseNotes = @'
0.1.0
- Test-LiveEligibility, Get-LivePlan, Assert-LiveEligibility (CI gate), Export-CategoryMatrix.
- Get-LiveCategory, Get-LiveScenario, Get-LivePlanInfo for discovery; Test-LiveRuleFile and -RulePath for rule files.
- Pipeline binding by property name with English and Chinese column names (主体类型, 服务类目, 直播场景...).
- Help in English and Chinese (en-US, zh-CN); default table views; tab completion.
- Dependencies (YamlDotNet...) load in isolation: an AssemblyLoadContext on PowerShell 7.4+, a resolve handler on 5.1.
'@
        }
    }
}
