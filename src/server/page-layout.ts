// The frame every HTML page shares: head, styles, the navigation, and the script that makes the follow buttons work.
import { html, SafeHtml } from "./html.js";

const STYLES = `
:root{--ink:#1b1b1b;--muted:#666;--line:#e3e3e3;--accent:#0b5cad;--soft:#f5f7fa}
*{box-sizing:border-box}
body{font:16px/1.5 system-ui,sans-serif;max-width:52rem;margin:0 auto;padding:0 1rem 3rem;color:var(--ink)}
header.site{display:flex;gap:1.2rem;align-items:baseline;border-bottom:1px solid var(--line);padding:1rem 0;margin-bottom:1.5rem}
header.site .brand{font-weight:700;font-size:1.15rem;color:var(--ink);text-decoration:none}
a{color:var(--accent)}
.meta{color:var(--muted);font-size:.9em}
ol.stories,ol.timeline,ul.updates{padding-left:1.2rem}
li{margin:.6rem 0}
time{font-variant-numeric:tabular-nums;color:#444;margin-right:.4rem}
.panel{background:var(--soft);border:1px solid var(--line);border-radius:8px;padding:1rem 1.2rem;margin:1.2rem 0}
.panel h2{margin-top:0;font-size:1.1rem}
.panel form,form.search{display:flex;gap:.5rem;flex-wrap:wrap;margin:.5rem 0}
input[type=email],input[type=url],input[type=number],input[type=search]{flex:1 1 16rem;padding:.45rem .6rem;border:1px solid #bbb;border-radius:6px;font:inherit}
select{padding:.35rem .5rem;border:1px solid #bbb;border-radius:6px;font:inherit;margin-left:.4rem}
button{padding:.45rem .9rem;border:1px solid var(--accent);background:var(--accent);color:#fff;border-radius:6px;font:inherit;cursor:pointer}
button.quiet{background:#fff;color:var(--accent)}
.status{color:#185c1e;margin:.3rem 0 0}
.status:empty{display:none}
.status.error{color:#a11}
.update{border-left:3px solid var(--accent);padding-left:.8rem;margin:1rem 0}
.update ul{margin:.3rem 0}
.tags span{display:inline-block;background:#fff;border:1px solid var(--line);border-radius:999px;padding:0 .6rem;margin:.15rem;font-size:.9em}
table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:.4rem;border-bottom:1px solid var(--line);vertical-align:top}
`;

export function page(title: string, body: SafeHtml): string {
  return html`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title><style>${new SafeHtml(STYLES)}</style><script src="/app.js" defer></script></head>
<body><header class="site"><a class="brand" href="/">Storyline</a><a href="/">Stories</a><a href="/feeds">Feeds</a></header>
<main>${body}</main></body></html>`.value;
}
