BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
}

Describe 'Errors per row' {
    It 'writes one error per bad row and answers the others' {
        $csv = Join-Path $TestDrive 'mixed.csv'
        "AppId,EntityType,Categories,Scenario`nwx1a2b3c4d5e6f7081,企业,电商平台/电商平台,ecommerce`nwx12345,企业,社交/直播,entertainment`nwx3c4d5e6f708192a3,enterprize,社交/直播,entertainment`nwxa3b4c5d6e7f8091a,企业,社交/直播,entertainment" |
            Set-Content -LiteralPath $csv -Encoding UTF8
        $results = Import-Utf8Csv $csv | Test-LiveEligibility -ErrorVariable rowErrors -ErrorAction SilentlyContinue
        ($results.AppId -join ',') | Should -Be 'wx1a2b3c4d5e6f7081,wxa3b4c5d6e7f8091a'
        ($rowErrors.TargetObject -join ',') | Should -Be 'wx12345,wx3c4d5e6f708192a3'
        ($rowErrors | ForEach-Object { $_.FullyQualifiedErrorId.Split(',')[0] }) -join ',' | Should -Be 'BadAppId,UnknownEntityType'
    }

    It 'names the problem in the ErrorId and the row in the TargetObject' {
        $null = Test-LiveEligibility -AppId wx12345 -EntityType enterprise -Category 社交/直播 -Scenario entertainment -ErrorVariable bad -ErrorAction SilentlyContinue
        $bad.Count | Should -Be 1
        $bad[0].FullyQualifiedErrorId | Should -BeLike 'BadAppId,*TestLiveEligibilityCommand'
        "$($bad[0].CategoryInfo.Category)" | Should -Be 'InvalidData'
        $bad[0].TargetObject | Should -Be 'wx12345'
        $bad[0].ErrorDetails.RecommendedAction | Should -Not -BeNullOrEmpty
    }

    It 'reports file rows with their file and line' {
        $null = Test-LiveEligibility -Path $MessyInventory -ErrorVariable bad -ErrorAction SilentlyContinue -WarningAction SilentlyContinue
        ($bad | Where-Object { $_.ToString() -match 'inventory-messy\.csv:\d+' }).Count | Should -Be $bad.Count
        $bad.FullyQualifiedErrorId | Should -Contain 'UnknownEntityType,LiveAccess.PowerShell.Commands.TestLiveEligibilityCommand'
    }

    It 'warns about an unknown category with the nearest known one' {
        $null = Test-LiveEligibility -AppId wx6f708192a3b4c5d6 -EntityType 企业 -Category '宠物/猫; 社交/直播' -Scenario entertainment -WarningVariable warned -WarningAction SilentlyContinue
        $warned.Count | Should -Be 1
        "$($warned[0])" | Should -Match '宠物/猫'
    }

    It 'refuses a bad rule file whole, with line and column, before reading input' {
        $rules = Join-Path $TestDrive 'bad-rules.yaml'
        "mode: extend`nroutes:`n  - id: x`n    scenario: nowhere`n    plans: [no-such-plan]`n" | Set-Content -LiteralPath $rules -Encoding UTF8
        $thrown = { Test-LiveEligibility -AppId wx1a2b3c4d5e6f7081 -EntityType enterprise -RulePath $rules } | Should -Throw -PassThru
        $thrown.FullyQualifiedErrorId | Should -BeLike 'RuleFileRefused,*'
        $thrown.ErrorDetails.Message | Should -Match 'bad-rules\.yaml:\d+:\d+'
    }

    It 'reports a missing inventory file as one error' {
        $null = Test-LiveEligibility -LiteralPath (Join-Path $TestDrive 'missing.csv') -ErrorVariable bad -ErrorAction SilentlyContinue
        $bad.Count | Should -Be 1
        $bad[0].FullyQualifiedErrorId | Should -BeLike 'PathNotFound,*'
    }
}

Describe 'Test-LiveRuleFile' {
    It 'lists the problems of a bad file and accepts a good one' {
        $bad = Join-Path $TestDrive 'bad.yaml'
        "mode: extend`nroutes:`n  - id: x`n    scenario: nowhere`n    plans: [no-such-plan]`n" | Set-Content -LiteralPath $bad -Encoding UTF8
        $good = Join-Path $TestDrive 'good.yaml'
        "mode: extend`nversion: `"t.1`"`nremoveRoutes: [customer-service.native]`n" | Set-Content -LiteralPath $good -Encoding UTF8
        $result = Test-LiveRuleFile -LiteralPath $bad
        $result.Valid | Should -BeFalse
        ($result.Problems | Where-Object Line -gt 0) | Should -Not -BeNullOrEmpty
        Test-LiveRuleFile -LiteralPath $good -Quiet | Should -BeTrue
    }
}
