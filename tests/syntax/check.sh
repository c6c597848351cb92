#!/usr/bin/env bash
# PowerShell syntax check of every .ps1/.psd1/.psm1 in the repository with the tree-sitter
# PowerShell grammar (WebAssembly through web-tree-sitter; no pwsh, no native build).
# Installs the pinned npm packages (package-lock.json) on first use, then runs check.mjs.
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "PowerShell syntax: FAILED (node and npm are required for the tree-sitter check)"
  exit 1
fi
if [ ! -d node_modules/web-tree-sitter ] || [ ! -d node_modules/tree-sitter-powershell ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  # --ignore-scripts: the grammar's install script would build a native addon; the .wasm it ships is all we use.
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
fi
exec node check.mjs "$@"
