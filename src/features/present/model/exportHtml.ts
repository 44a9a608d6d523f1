/**
 * The story as one self-contained HTML file: every scene rendered statically (caption,
 * the excerpt, its citation), plus a few lines of script that only show one scene at a
 * time. All text from the data is escaped; nothing from the data reaches the script.
 */
export interface ExportScene {
  readonly caption: string;
  readonly when?: string;
  readonly eventTitle?: string;
  readonly quote?: string;
  readonly citation?: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const STYLE = `
:root{color-scheme:light dark;--bg:#fff;--text:#111;--muted:#444;--accent:#1d4ed8}
@media (prefers-color-scheme:dark){:root{--bg:#0f1216;--text:#eef1f4;--muted:#b8c0cc;--accent:#9bbcff}}
*{box-sizing:border-box}body{margin:0;background:var(--bg);color:var(--text);font:18px/1.45 system-ui,sans-serif}
main{max-width:60rem;margin:0 auto;padding:2rem 1.5rem}
section{min-height:80vh;padding:2rem 0;border-bottom:1px solid var(--muted)}
.js section{border:0}.js section[hidden]{display:none}
h1{font-size:1.1rem;color:var(--muted);font-weight:600}
h2{font-size:2rem;line-height:1.25;margin:.5rem 0 1.5rem}
.meta{color:var(--muted);font-size:1.1rem}
blockquote{font-size:1.75rem;line-height:1.4;margin:1rem 0;padding-left:1rem;border-left:6px solid var(--accent)}
.cite{color:var(--muted);font-size:1.05rem}
nav{position:fixed;right:1rem;bottom:1rem;font-variant-numeric:tabular-nums;color:var(--muted)}
nav button{font:inherit;padding:.3rem .8rem}
`;

const SCRIPT = `
(function(){var s=[].slice.call(document.querySelectorAll('section'));if(!s.length)return;
document.documentElement.className='js';var i=0,n=document.getElementById('n');
function show(k){i=Math.max(0,Math.min(s.length-1,k));s.forEach(function(x,j){x.hidden=j!==i});n.textContent=(i+1)+' / '+s.length;}
document.getElementById('p').onclick=function(){show(i-1)};document.getElementById('x').onclick=function(){show(i+1)};
document.addEventListener('keydown',function(e){if(['ArrowRight','PageDown',' '].indexOf(e.key)>=0){show(i+1);e.preventDefault()}
else if(['ArrowLeft','PageUp'].indexOf(e.key)>=0){show(i-1);e.preventDefault()}else if(e.key==='Home')show(0);else if(e.key==='End')show(s.length-1)});
show(0);})();
`;

export function storyHtml(story: { readonly title: string; readonly scenes: readonly ExportScene[]; readonly exportedAt?: string }): string {
  const sections = story.scenes
    .map((scene, i) => {
      const parts = [`<p class="meta">${i + 1} / ${story.scenes.length}${scene.when ? ` · ${escapeHtml(scene.when)}` : ''}${scene.eventTitle ? ` · ${escapeHtml(scene.eventTitle)}` : ''}</p>`];
      parts.push(`<h2>${escapeHtml(scene.caption)}</h2>`);
      if (scene.quote) parts.push(`<blockquote>${escapeHtml(scene.quote)}</blockquote>`);
      if (scene.citation) parts.push(`<p class="cite">${escapeHtml(scene.citation)}</p>`);
      return `<section aria-label="Scene ${i + 1}">\n${parts.join('\n')}\n</section>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<title>${escapeHtml(story.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${escapeHtml(story.title)}${story.exportedAt ? ` <small>(exported ${escapeHtml(story.exportedAt)})</small>` : ''}</h1>
${sections}
</main>
<nav><button id="p" type="button" aria-label="Previous scene">←</button> <span id="n"></span> <button id="x" type="button" aria-label="Next scene">→</button></nav>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
