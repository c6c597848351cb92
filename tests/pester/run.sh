#!/usr/bin/env bash
# Runs the Pester 5 tests of the module (tests/pester/*.Tests.ps1) against the built module.
# Where pwsh is not installed this says so and exits 0: a skip, never reported as a pass.
set -euo pipefail
cd "$(dirname "$0")/../.."

if ! command -v pwsh >/dev/null 2>&1; then
  echo "Pester: SKIPPED (pwsh not installed)"
  exit 0
fi

if [ ! -f module/bin/LiveAccess.dll ]; then
  dotnet build LiveAccess.sln -c Release --nologo -v quiet
fi

pwsh -NoProfile -NonInteractive -Command '
  $ErrorActionPreference = "Stop"
  if (-not (Get-Module -ListAvailable Pester | Where-Object { $_.Version -ge [version]"5.0" })) {
    Install-Module Pester -MinimumVersion 5.0 -Scope CurrentUser -Force -SkipPublisherCheck
  }
  Import-Module Pester -MinimumVersion 5.0
  $config = New-PesterConfiguration
  $config.Run.Path = "tests/pester"
  $config.Run.Exit = $true
  $config.Output.Verbosity = "Detailed"
  $config.TestResult.Enabled = $true
  $config.TestResult.OutputFormat = "NUnitXml"
  $config.TestResult.OutputPath = "TestResults/pester.xml"
  Invoke-Pester -Configuration $config
'
