<#
.SYNOPSIS
    Runs the module's Pester 5 tests (tests/pester/*.Tests.ps1) in the PowerShell that runs this script.
.DESCRIPTION
    Used by tests/pester/run.sh and by the CI examples (examples/github-actions-module.yml,
    examples/azure-pipelines-module.yml), in PowerShell 7 and in Windows PowerShell 5.1.
    Installs Pester 5 for the current user when only an older Pester (Windows ships 3.4) is present.
    Build the solution first: the tests import ./LiveAccess.psd1.
.PARAMETER OutputPath
    Where to write the NUnit XML results (for CI test reports); none when empty.
#>
[CmdletBinding()]
param(
    [string] $OutputPath
)
$ErrorActionPreference = 'Stop'

if (-not (Get-Module -ListAvailable -Name Pester | Where-Object { $_.Version -ge [version]'5.0' })) {
    if ($PSVersionTable.PSEdition -ne 'Core') {
        # Windows PowerShell needs the NuGet provider before Install-Module can reach the gallery.
        Install-PackageProvider -Name NuGet -MinimumVersion 2.8.5.201 -Scope CurrentUser -Force | Out-Null
    }
    Install-Module -Name Pester -MinimumVersion 5.0 -Scope CurrentUser -Force -SkipPublisherCheck -AllowClobber
}
Import-Module -Name Pester -MinimumVersion 5.0

$configuration = New-PesterConfiguration
$configuration.Run.Path = $PSScriptRoot
$configuration.Run.Exit = $true
$configuration.Output.Verbosity = 'Detailed'
if ($OutputPath) {
    $configuration.TestResult.Enabled = $true
    $configuration.TestResult.OutputFormat = 'NUnitXml'
    $configuration.TestResult.OutputPath = $OutputPath
}
Invoke-Pester -Configuration $configuration
