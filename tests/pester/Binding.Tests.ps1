BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
}

Describe 'Pipeline binding by property name' {
    It 'binds the English inventory columns from Import-Csv' {
        $rows = Import-Utf8Csv $Inventory
        $results = $rows | Test-LiveEligibility
        $results.Count | Should -Be $rows.Count
        $first = $results | Where-Object AppId -eq 'wx1a2b3c4d5e6f7081'
        $first.Name | Should -Be '优选商城'
        $first.EntityType | Should -Be 'enterprise'
        $first.Outcome | Should -Be 'eligible'
        $first.Plans.Id | Should -Contain 'zego-live-plugin'
    }

    It 'binds the Chinese column names (AppID, 小程序名称, 主体类型, 服务类目, 直播场景)' {
        $csv = Join-Path $TestDrive 'chinese.csv'
        "AppID,小程序名称,主体类型,服务类目,直播场景`nwx1a2b3c4d5e6f7081,优选商城,企业,电商平台/电商平台,电商带货`nwxa3b4c5d6e7f8091a,萌宠日记,企业,社交/直播,场景6" |
            Set-Content -LiteralPath $csv -Encoding UTF8
        $results = Import-Utf8Csv $csv | Test-LiveEligibility
        $results.Count | Should -Be 2
        $results[0].Scenario | Should -Be 'ecommerce'
        $results[0].Name | Should -Be '优选商城'
        $results[1].Scenario | Should -Be 'entertainment'
        ($results.Outcome -join ',') | Should -Be 'eligible,eligible'
    }

    It 'binds the other Chinese aliases (名称, 类目, 场景)' {
        $row = [pscustomobject]@{ AppId = 'wx1a2b3c4d5e6f7081'; '名称' = '商城'; '主体类型' = '企业'; '类目' = '电商平台/电商平台'; '场景' = 'ecommerce' }
        $result = $row | Test-LiveEligibility
        $result.Name | Should -Be '商城'
        $result.Outcome | Should -Be 'eligible'
    }

    It 'binds JSON arrays of categories from ConvertFrom-Json' {
        $json = '[{"appId":"wx2b3c4d5e6f708192","entityType":"enterprise","categories":["社交/直播","电商平台/电商平台"],"scenario":"ecommerce"}]'
        # Parentheses enumerate the array in Windows PowerShell 5.1, whose ConvertFrom-Json writes it as one object.
        $plans = ($json | ConvertFrom-Json) | Get-LivePlan
        $plans.PlanId | Should -Contain 'tencent-standard-live'
        $plans.PlanId | Should -Contain 'zego-live-plugin'
    }

    It 'takes the same values as parameters' {
        $plans = Get-LivePlan -AppId wx1a2b3c4d5e6f7081 -EntityType Enterprise -Category 电商平台/电商平台 -Scenario ecommerce
        (($plans | Sort-Object PlanId).PlanId -join ',') | Should -Be 'tencent-live-plugin,zego-live-plugin'
    }

    It 'answers every scenario when none is given' {
        $results = Test-LiveEligibility -AppId wxa3b4c5d6e7f8091a -EntityType enterprise -Category 社交/直播
        $results.Count | Should -Be (Get-LiveScenario).Count
    }

    It 'reads files with -Path and PSPath from Get-ChildItem' {
        (Test-LiveEligibility -Path $Inventory).Count | Should -Be (Import-Utf8Csv $Inventory).Count
        (Get-Item $Inventory | Test-LiveEligibility).Count | Should -Be (Import-Utf8Csv $Inventory).Count
    }

    It 'keeps Get-LivePlan flat, so Where-Object and Group-Object work' {
        $zego = Get-LivePlan -Path $Inventory | Where-Object Vendor -eq 'ZEGO'
        $zego | ForEach-Object { $_.Vendor | Should -Be 'ZEGO' }
        ($zego | Group-Object AppId).Count | Should -BeGreaterThan 10
    }
}

Describe '-Quiet' {
    It 'returns only Booleans' {
        $answers = Import-Utf8Csv $Inventory | Test-LiveEligibility -Quiet
        $answers | ForEach-Object { $_ | Should -BeOfType [bool] }
        Test-LiveEligibility -AppId wx5e6f708192a3b4c5 -EntityType 个人 -Category 社交/直播 -Scenario entertainment -Quiet | Should -BeFalse
        Test-LiveEligibility -AppId wxa3b4c5d6e7f8091a -EntityType 企业 -Category 社交/直播 -Scenario entertainment -Quiet | Should -BeTrue
    }
}
