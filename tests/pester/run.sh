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

mkdir -p TestResults
pwsh -NoProfile -NonInteractive -File tests/pester/Invoke-PesterTests.ps1 -OutputPath TestResults/pester.xml
echo "Pester: passed"
