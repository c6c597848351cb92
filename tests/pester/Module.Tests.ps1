BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
}

Describe 'The module as PowerShell sees it' {
    It 'exports exactly the manifest''s cmdlets' {
        $manifest = Import-PowerShellDataFile (Join-Path $RepositoryRoot 'LiveAccess.psd1')
        ((Get-Command -Module LiveAccess).Name | Sort-Object) -join ',' | Should -Be (($manifest.CmdletsToExport | Sort-Object) -join ',')
    }

    It 'has help with examples for every cmdlet' {
        foreach ($command in Get-Command -Module LiveAccess) {
            $help = Get-Help $command.Name -Full
            # Without MAML help, Get-Help makes up a page with no examples and no parameter descriptions.
            @($help.Examples.Example).Count | Should -BeGreaterThan 1
            ($help.Parameters.Parameter | Where-Object { -not $_.Description }) | Should -BeNullOrEmpty
        }
    }

    It 'has the about topic' {
        Get-Help about_LiveAccess | Out-String | Should -Match 'Assert-LiveEligibility'
    }

    It 'formats results with the module''s table view' {
        $text = Test-LiveEligibility -AppId wx1a2b3c4d5e6f7081 -EntityType enterprise -Category 电商平台/电商平台 -Scenario ecommerce | Out-String -Width 120
        $text | Should -Match 'AppId\s+Name\s+Scenario\s+Outcome\s+Plans'
    }

    It 'completes scenario ids, plan ids and categories' {
        $line = 'Test-LiveEligibility -Scenario ecom'
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Contain 'ecommerce'
        $line = 'Get-LivePlanInfo zego'
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Contain 'zego-live-plugin'
        $line = 'Get-LivePlan -Category social/'
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Contain '社交/直播'
    }

    It 'loads its YamlDotNet in its own load context on PowerShell 7' -Skip:($PSEdition -ne 'Core') {
        $null = Get-LiveScenario
        $core = [AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.GetName().Name -eq 'LiveAccess.Core' }
        [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($core).Name | Should -Be 'LiveAccess'
    }

    It 'loads beside another YamlDotNet that was loaded first' -Skip:($PSEdition -ne 'Core') {
        # A fresh process: an older YamlDotNet (as powershell-yaml brings) is loaded before LiveAccess.
        $other = Get-ChildItem -Path (Join-Path $HOME '.nuget/packages/yamldotnet') -Filter YamlDotNet.dll -Recurse -ErrorAction SilentlyContinue |
            Where-Object { $_.FullName -match '[\\/](11|13)\.' -and $_.FullName -match 'netstandard2\.0' } | Select-Object -First 1
        if (-not $other) { Set-ItResult -Skipped -Because 'no other YamlDotNet in the NuGet cache'; return }
        $script = Join-Path $TestDrive 'beside.ps1'
        @"
Add-Type -LiteralPath '$($other.FullName)'
Import-Module '$(Join-Path $RepositoryRoot 'LiveAccess.psd1')'
`$r = Test-LiveEligibility -AppId wx1a2b3c4d5e6f7081 -EntityType enterprise -Category 电商平台/电商平台 -Scenario ecommerce
if (`$r.Outcome -ne 'eligible') { exit 2 }
"@ | Set-Content -LiteralPath $script -Encoding UTF8
        & $PowerShellExe -NoProfile -NonInteractive -ExecutionPolicy Bypass -File $script
        $LASTEXITCODE | Should -Be 0
    }
}
