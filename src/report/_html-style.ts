/**
 * The stylesheet of the HTML report. Latin fonts first, then the CJK fonts of each platform, so
 * that Chinese text is never set in a fallback font (WenQuanYi Micro Hei is left to the system's
 * fallback: it draws the class numeral Ⅴ as an empty glyph). The page fits any width: wide tables
 * scroll inside their own box, and below 640 px each row of the targets table becomes a card
 * whose cells carry their column name (`data-label`), so nothing is cut off on a phone or in a
 * narrow frame.
 */
export const REPORT_CSS = `
*{box-sizing:border-box}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC",sans-serif;margin:0;color:#24292f;background:#fff;line-height:1.6;overflow-wrap:break-word}
html:lang(zh) body{line-height:1.75}
main{max-width:1080px;margin:0 auto;padding:24px}
h1{font-size:1.6rem;margin:0 0 4px;line-height:1.3}h2{margin-top:32px;border-bottom:1px solid #d0d7de;padding-bottom:4px}
.meta{color:#57606a}.note{background:#fff8c5;border:1px solid #d4a72c;padding:8px 12px;border-radius:6px}
.scroll{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;width:100%;margin:8px 0}th,td{border:1px solid #d0d7de;padding:6px 8px;text-align:left;vertical-align:top}
th{background:#f6f8fa;white-space:nowrap}.num{text-align:right;white-space:nowrap}
.chip{display:inline-block;color:#fff;border-radius:10px;padding:1px 8px;font-size:.85rem;white-space:nowrap}
.why{color:#57606a;font-size:.9rem}.gauges{display:flex;flex-wrap:wrap;gap:12px}
svg{max-width:100%;height:auto}#calendar svg{max-width:none}
.gauge-title{font-size:12px;fill:#24292f}.gauge-value{font-size:12px;fill:#57606a}
.cal-axis{font-size:10px;fill:#57606a;text-anchor:middle}.cal-month{font-size:10px;fill:#57606a;text-anchor:start}.cal-legend{font-size:11px;fill:#24292f}
.bar{background:#eaeef2;border-radius:4px;height:8px;min-width:60px}.bar>span{display:block;height:8px;border-radius:4px;background:#2da44e}
code{font-size:.85em;color:#57606a;overflow-wrap:anywhere}
ul.tasks{margin:4px 0 12px}
footer{margin-top:32px;color:#57606a;font-size:.85rem}footer ul{padding-left:1.2em}
@media (max-width:640px){
main{padding:12px}
table.cards,table.cards tbody,table.cards tr,table.cards td{display:block;width:100%}
table.cards thead{display:none}
table.cards tr{border:1px solid #d0d7de;border-radius:6px;margin:0 0 10px;padding:6px 8px}
table.cards td{border:none;padding:2px 0;text-align:left;white-space:normal}
table.cards td[data-label]::before{content:attr(data-label);color:#57606a;font-size:.85rem}
table.cards td:first-child{font-weight:600}
table.cards td:first-child .why{font-weight:400}
}
`
