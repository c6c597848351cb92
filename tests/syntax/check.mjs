// Parses every PowerShell file of the repository (.ps1, .psd1, .psm1) with the tree-sitter
// PowerShell grammar, compiled to WebAssembly (tree-sitter-powershell ships the .wasm), through
// web-tree-sitter: no PowerShell and no native build needed. Every ERROR or MISSING node is
// reported as file:line:column; the exit code is 1 when any file has one, or when no file was found.
import { Parser, Language } from 'web-tree-sitter';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(process.argv[2] ?? join(here, '..', '..'));
const skip = new Set(['.git', 'node_modules', 'bin', 'obj', 'TestResults', 'artifacts', '.vs']);
const extensions = ['.ps1', '.psd1', '.psm1'];

function* powerShellFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!skip.has(entry.name)) yield* powerShellFiles(join(dir, entry.name));
    } else if (extensions.some((e) => entry.name.toLowerCase().endsWith(e))) {
      yield join(dir, entry.name);
    }
  }
}

function* problems(node) {
  if (node.isError || node.isMissing) {
    yield node;
    if (node.isMissing) return;
  }
  if (!node.hasError && !node.isError) return; // nothing below
  for (const child of node.children) yield* problems(child);
}

const require = createRequire(import.meta.url);
const wasm = join(dirname(require.resolve('tree-sitter-powershell/package.json')), 'tree-sitter-powershell.wasm');
await Parser.init();
const parser = new Parser();
parser.setLanguage(await Language.load(wasm));

let files = 0;
let failures = 0;
for (const file of powerShellFiles(root)) {
  files++;
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const tree = parser.parse(text);
  const found = [...problems(tree.rootNode)];
  for (const node of found) {
    const { row, column } = node.startPosition;
    const what = node.isMissing ? `missing ${node.type}` : 'syntax error';
    const excerpt = text.split('\n')[row]?.trim().slice(0, 80) ?? '';
    console.log(`${relative(root, file)}:${row + 1}:${column + 1}: ${what}: ${excerpt}`);
  }
  if (found.length > 0) failures++;
  tree.delete();
}

if (files === 0) {
  console.log(`PowerShell syntax: FAILED (no .ps1, .psd1 or .psm1 file found under ${root})`);
  process.exit(1);
}
console.log(`PowerShell syntax: ${failures === 0 ? 'passed' : 'FAILED'} (${files} file(s) parsed with tree-sitter-powershell, ${failures} with errors)`);
process.exit(failures === 0 ? 0 : 1);
