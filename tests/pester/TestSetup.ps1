# Shared setup of the Pester tests: dot-sourced from each file's BeforeAll.
# Imports the module from the repository root, as a user does after `dotnet build`.
$script:RepositoryRoot = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path
$script:Inventory = Join-Path $script:RepositoryRoot 'examples/inventory.csv'
$script:MessyInventory = Join-Path $script:RepositoryRoot 'examples/inventory-messy.csv'
$script:PowerShellExe = (Get-Process -Id $PID).Path

if (-not (Test-Path (Join-Path $script:RepositoryRoot 'module/bin/LiveAccess.dll'))) {
    throw 'module/bin/LiveAccess.dll is missing: run `dotnet build LiveAccess.sln` first.'
}
Import-Module (Join-Path $script:RepositoryRoot 'LiveAccess.psd1') -Force

# Import-Csv in Windows PowerShell 5.1 reads files without a byte order mark in the ANSI code page.
function Import-Utf8Csv([string] $Path) { Import-Csv -LiteralPath $Path -Encoding UTF8 }
