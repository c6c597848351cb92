BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')

    # Runs a gate script with -File in a fresh process of the same edition; returns its exit code.
    function Invoke-GateScript([string] $Body) {
        $script = Join-Path $TestDrive ('gate-' + [guid]::NewGuid().ToString('N') + '.ps1')
        $manifest = Join-Path $RepositoryRoot 'LiveAccess.psd1'
        "Import-Module '$manifest'`n$Body" | Set-Content -LiteralPath $script -Encoding UTF8
        & $PowerShellExe -NoProfile -NonInteractive -ExecutionPolicy Bypass -File $script *> (Join-Path $TestDrive 'gate.log')
        return $LASTEXITCODE
    }
}

Describe 'Assert-LiveEligibility as a pipeline gate' {
    It 'exits 0 with -File when every program passes' {
        Invoke-GateScript "Assert-LiveEligibility -Path '$Inventory' -Style Plain" | Should -Be 0
    }

    It 'exits non-zero with -File when a program is ineligible, after writing the report' {
        $csv = Join-Path $TestDrive 'failing.csv'
        "AppId,EntityType,Categories,Scenario`nwx1a2b3c4d5e6f7081,enterprise,电商平台/电商平台,ecommerce`nwx5e6f708192a3b4c5,individual,社交/直播,entertainment" |
            Set-Content -LiteralPath $csv -Encoding UTF8
        $report = Join-Path $TestDrive 'failing.json'
        Invoke-GateScript "Assert-LiveEligibility -Path '$csv' -Style Plain -OutputPath '$report'" | Should -Not -Be 0
        Test-Path $report | Should -BeTrue
        Get-Content $report -Raw | Should -Match 'wx5e6f708192a3b4c5'
    }

    It 'fails on conditional decisions only with -FailOn Conditional' {
        Invoke-GateScript "Assert-LiveEligibility -Path '$Inventory' -Style Plain -FailOn Conditional" | Should -Not -Be 0
    }

    It 'throws one terminating error with a stable ErrorId' {
        $row = [pscustomobject]@{ AppId = 'wx5e6f708192a3b4c5'; EntityType = 'individual'; Scenario = 'ecommerce' }
        $thrown = { $row | Assert-LiveEligibility -Style Plain 6>$null } | Should -Throw -PassThru
        $thrown.FullyQualifiedErrorId | Should -BeLike 'LiveEligibilityGateFailed,*'
    }

    It 'writes GitHub Actions annotations in that style' {
        $lines = [pscustomobject]@{ AppId = 'wx5e6f708192a3b4c5'; EntityType = 'individual'; Scenario = 'ecommerce' } |
            ForEach-Object { try { $_ | Assert-LiveEligibility -Style GitHubActions 6>&1 } catch { } }
        ($lines | ForEach-Object { "$_" }) -match '^::error' | Should -Not -BeNullOrEmpty
    }
}
