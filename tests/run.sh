#!/usr/bin/env bash
# The test command named in README.md: builds the solution and runs every test suite.
# Suites that need a tool this machine lacks say SKIPPED, never passed.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== build"
dotnet build LiveAccess.sln -c Release --nologo -v quiet

echo "== xUnit"
for project in tests/*.Tests/*.csproj; do
  echo "-- $project"
  dotnet test "$project" -c Release --no-build --nologo -v quiet
done

echo "== PowerShell syntax (tree-sitter)"
bash tests/syntax/check.sh

echo "== Pester"
bash tests/pester/run.sh
