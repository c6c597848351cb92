BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
}

Describe 'Export-CategoryMatrix' {
    It 'writes cells to the pipeline' {
        $cells = Export-CategoryMatrix | Where-Object PlanId -eq 'zego-live-plugin'
        $cells.Category | Should -Contain '电商平台/电商平台'
        (Export-CategoryMatrix -RowKind Scenario | Where-Object Scenario -eq 'education').PlanId | Should -Contain 'tencent-enterprise-live'
    }

    It 'writes nothing with -WhatIf' {
        $file = Join-Path $TestDrive 'whatif.html'
        Export-CategoryMatrix -Path $file -WhatIf
        Test-Path $file | Should -BeFalse
    }

    It 'writes each format by extension and returns the file with -PassThru' {
        foreach ($extension in 'csv', 'md', 'html', 'json', 'yaml') {
            $file = Join-Path $TestDrive "matrix.$extension"
            $info = Export-CategoryMatrix -Path $file -PassThru
            $info | Should -BeOfType [System.IO.FileInfo]
            $info.Length | Should -BeGreaterThan 0
        }
    }

    It 'never replaces a file with -NoClobber' {
        $file = Join-Path $TestDrive 'keep.md'
        'keep me' | Set-Content -LiteralPath $file
        { Export-CategoryMatrix -Path $file -NoClobber } | Should -Throw -ErrorId 'FileExists*'
        Get-Content -LiteralPath $file | Should -Be 'keep me'
    }

    It 'replaces a read-only file only with -Force' {
        $file = Join-Path $TestDrive 'readonly.json'
        '{}' | Set-Content -LiteralPath $file
        Set-ItemProperty -LiteralPath $file -Name IsReadOnly -Value $true
        { Export-CategoryMatrix -Path $file } | Should -Throw -ErrorId 'FileReadOnly*'
        Export-CategoryMatrix -Path $file -Force
        (Get-Content -LiteralPath $file -Raw).Length | Should -BeGreaterThan 2
    }
}
