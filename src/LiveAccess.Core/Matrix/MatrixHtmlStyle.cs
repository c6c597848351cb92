namespace LiveAccess.Core.Matrix;

/// <summary>The page's only style sheet, inlined so the HTML file stands alone (no fonts, scripts or styles fetched).</summary>
internal static class MatrixHtmlStyle
{
    public const string Css = @"
:root { --line: #d0d7de; --muted: #57606a; --open: #1a7f37; --open-bg: #dafbe1; --cond: #9a6700; --cond-bg: #fff8c5; --none: #8c959f;
  --v0: #ddeafe; --v1: #efe3fb; --v2: #dcf5ec; --v3: #fde9d9; }
* { box-sizing: border-box; }
body { margin: 24px; color: #1f2328; line-height: 1.45;
  font-family: system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif; }
h1 { font-size: 1.6em; margin: 0 0 .2em; }
h2 { font-size: 1.25em; margin: 1.4em 0 .3em; }
.alt { color: var(--muted); font-weight: normal; margin-left: .4em; }
.ruleset, .intro, .note { margin: .2em 0; color: var(--muted); }
.version strong { font-family: ui-monospace, SFMono-Regular, Consolas, monospace; }
ul.legend { list-style: none; padding: 0; margin: .6em 0; display: flex; flex-wrap: wrap; gap: 8px 20px; }
table.matrix { border-collapse: collapse; width: 100%; font-size: 13px; margin: 10px 0 18px; }
.matrix th, .matrix td { border: 1px solid var(--line); padding: 4px 6px; vertical-align: top; text-align: left; }
.matrix thead th { background: #f6f8fa; }
.matrix th.vendor { text-align: center; font-size: 14px; }
.matrix .vendor-0 { background: var(--v0); } .matrix .vendor-1 { background: var(--v1); }
.matrix .vendor-2 { background: var(--v2); } .matrix .vendor-3 { background: var(--v3); }
th.plan code { display: block; font-weight: bold; }
th.plan .plan-name { display: block; font-weight: normal; font-size: 12px; }
th.plan .plan-name.alt { margin-left: 0; }
th.plan .tags { display: block; font-weight: normal; font-size: 11px; color: var(--muted); }
tr.group th { background: #eaeef2; font-size: 12px; }
th[scope=row] { min-width: 11em; font-weight: 600; }
th[scope=row] .en { display: block; font-weight: normal; font-size: 12px; color: var(--muted); }
th[scope=row] code { display: block; font-weight: normal; font-size: 11px; color: var(--muted); }
td.open { background: var(--open-bg); }
td.conditional { background: var(--cond-bg); }
td.none { color: var(--none); text-align: center; }
tr.opens-nothing th[scope=row] { color: var(--muted); font-weight: normal; }
.mark { display: inline-block; min-width: 1.1em; font-weight: bold; font-size: 15px; }
td.open .mark, .legend .open { color: var(--open); }
td.conditional .mark, .legend .conditional { color: var(--cond); }
.legend .none { color: var(--none); }
ul.items { margin: 0; padding: 0; list-style: none; display: inline; }
ul.items li { display: inline; }
ul.items li + li::before { content: ', '; }
td.scenario-cell ul.items li { display: block; }
td.scenario-cell ul.items li + li::before { content: ''; }
li.cond { color: var(--cond); }
sup { font-size: 10px; }
code { font-family: ui-monospace, SFMono-Regular, Consolas, monospace; font-size: 12px; }
ol.conditions li { margin: .3em 0; }
footer { border-top: 1px solid var(--line); margin-top: 28px; padding-top: 8px; font-size: 12px; color: var(--muted); }
footer ul { padding-left: 1.2em; }
@media print {
  @page { size: A4 landscape; margin: 10mm; }
  body { margin: 0; font-size: 10px; }
  table.matrix { font-size: 9px; }
  .matrix thead { display: table-header-group; }
  .matrix tr { break-inside: avoid; page-break-inside: avoid; }
  section { break-before: auto; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
  footer a[href]::after { content: ' (' attr(href) ')'; }
}
";
}
