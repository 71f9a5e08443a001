/**
 * The page's only stylesheet, inline: system fonts (nothing to download), a readable measure,
 * cards and charts in a grid on a screen, one column on a phone; and for print, A4 pages, no
 * page break inside a chart or a card, data tables and disclosures hidden (every value is
 * written on its chart), colours kept (`print-color-adjust: exact`).
 *
 * @internal
 */
export const REPORT_STYLES = `
:root{--ink:#1f2328;--muted:#57606a;--line:#d0d7de;--paper:#fff;--tint:#f6f8fa;--accent:#0072B2}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--tint);color:var(--ink);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans",sans-serif}
main{max-width:1120px;margin:0 auto;padding:24px 20px 48px}
header.top{background:var(--paper);border-bottom:4px solid var(--accent)}
header.top .inner{max-width:1120px;margin:0 auto;padding:22px 20px 16px}
h1{font-size:26px;line-height:1.25;margin:0 0 4px}
.subtitle{color:var(--muted);margin:0}
h2{font-size:20px;margin:36px 0 12px;padding-bottom:6px;border-bottom:1px solid var(--line)}
h3{font-size:16px;margin:24px 0 8px}
section{break-before:auto}
.intro,.note{color:var(--muted);max-width:75ch}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(150px,1fr));gap:12px}
.card{background:var(--paper);border:1px solid var(--line);border-radius:8px;padding:12px 14px;break-inside:avoid}
.card-value{font-size:26px;font-weight:700;font-variant-numeric:tabular-nums;line-height:1.2}
.card-label{color:var(--muted);font-size:13px}
.card-note{font-size:12px;color:var(--muted)}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(420px,1fr));gap:16px;margin-top:16px}
.figure{margin:0;background:var(--paper);border:1px solid var(--line);border-radius:8px;padding:12px 14px;break-inside:avoid;page-break-inside:avoid}
figcaption{font-weight:600;margin-bottom:6px}
svg.chart{display:block;width:100%;height:auto;overflow:visible}
details.data{margin-top:6px;font-size:13px}
details.data summary{cursor:pointer;color:var(--accent)}
.table-wrap{overflow-x:auto;background:var(--paper);border:1px solid var(--line);border-radius:8px;margin-top:16px}
table{border-collapse:collapse;width:100%;font-size:14px}
th,td{text-align:left;vertical-align:top;padding:7px 10px;border-bottom:1px solid var(--line)}
thead th{background:var(--tint);font-size:13px;color:var(--muted);font-weight:600}
tbody tr:last-child td,tbody tr:last-child th{border-bottom:0}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
table.strategies td,table.strategies thead th{text-align:right;font-variant-numeric:tabular-nums}
td.person{white-space:nowrap;font-weight:500}
td.reasons{color:#32383f;min-width:28ch}
.tag{display:inline-block;font-size:11px;border:1px solid var(--ink);border-radius:4px;padding:0 4px;margin-left:4px;font-weight:400}
ul.attention{padding-left:0;list-style:none}
ul.attention li{background:var(--paper);border:1px solid var(--line);border-left:6px solid #E69F00;border-radius:6px;padding:8px 12px;margin:6px 0;break-inside:avoid}
ul.attention li.status-at-risk{border-left:6px double #D55E00}
footer{color:var(--muted);font-size:12px;margin-top:40px}
@media (max-width:520px){.grid{grid-template-columns:1fr}td.person{white-space:normal}}
@page{size:A4;margin:14mm 12mm}
@media print{
  *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
  body{background:#fff;font-size:11pt}
  main{max-width:none;padding:0}
  header.top{border-bottom:2px solid #000}
  header.top .inner{padding:0 0 8px}
  .grid{display:block}
  .figure{border:0;padding:0;margin:0 0 14px;width:100%}
  svg.chart{max-width:170mm;margin:0 auto}
  details.data{display:none}
  .table-wrap{overflow:visible;border:0}
  thead{display:table-header-group}
  tr{break-inside:avoid}
  h2{break-after:avoid}
  .card{border-color:#888}
}
`;
