import { Browser, sleep } from './wd.mjs';
import { PAGES } from './pages.mjs';
const only = process.argv[2];
const mode = process.argv[3] || 'spacing';
const b = await Browser.launch();
const css = {
  spacing: "* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }",
  text200: "html { font-size: 200% !important; }",
};
// clipped text: elements whose content overflows a box that hides overflow, or text overlapping siblings
const check = `
const out = [];
for (const e of document.querySelectorAll('body *')) {
  const s = getComputedStyle(e);
  if (s.display === 'none' || e.closest('.visually-hidden') || e.classList.contains('visually-hidden')) continue;
  const clips = ['hidden','clip'].includes(s.overflowX) || ['hidden','clip'].includes(s.overflowY);
  if (clips && (e.scrollHeight > e.clientHeight + 2 || e.scrollWidth > e.clientWidth + 2) && (e.innerText||'').trim()) out.push('clipped: ' + e.tagName.toLowerCase() + '.' + e.className + ' "' + e.innerText.slice(0,40).replace(/\\n/g,' ') + '"');
  if (e.children.length === 0 && (e.innerText||'').trim()) {
    const p = e.parentElement; const ps = getComputedStyle(p);
    const r = e.getBoundingClientRect(), pr = p.getBoundingClientRect();
    if (r.right > pr.right + 4 && ps.overflowX === 'visible' && !p.closest('.table-scroll')) out.push('sticks out: ' + e.tagName.toLowerCase() + '.' + e.className + ' "' + e.innerText.slice(0,40) + '" by ' + Math.round(r.right - pr.right) + 'px');
  }
}
return {issues: out.slice(0, 15), sw: document.documentElement.scrollWidth, cw: document.documentElement.clientWidth};
`;
try {
  for (const [name, path] of PAGES) {
    if (only && only !== 'all' && !only.split(',').includes(name)) continue;
    for (const w of (mode === 'spacing' ? [1280, 390] : [1280])) {
      await b.cdp('Page.setBypassCSP', { enabled: true }); await b.viewport(w, 900); await b.goto(path); await b.ready();
      await b.exec(`const s = document.createElement('style'); s.textContent = ${JSON.stringify(css[mode])}; document.head.append(s); if (!getComputedStyle(document.body).letterSpacing.includes("px") && '${mode}' === "spacing") throw new Error("style not applied");`);
      await sleep(500);
      const r = await b.exec(check);
      await b.shot(`${name}-${mode}-${w}`);
      console.log(name, w, 'sw', r.sw, 'cw', r.cw, JSON.stringify(r.issues));
    }
  }
} finally { await b.quit(); }
