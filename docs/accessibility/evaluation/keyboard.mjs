import { Browser, sleep } from './wd.mjs';
import { PAGES } from './pages.mjs';
import fs from 'node:fs';
const only = process.argv[2];
const probe = `
const e = document.activeElement; if (!e || e === document.body) return {body: true};
const s = getComputedStyle(e); const r = e.getBoundingClientRect();
let ring = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 ? 'outline ' + s.outlineWidth + ' ' + s.outlineColor : (s.boxShadow !== 'none' ? 'shadow ' + s.boxShadow.slice(0,60) : 'NONE');
if (ring === 'NONE') { const card = e.closest('.pole-card'); if (card) { const cs = getComputedStyle(card); ring = 'card outline ' + cs.outlineWidth + ' ' + cs.outlineColor; } }
const label = (e.getAttribute('aria-label') || e.innerText || e.value || e.id || '').replace(/\\s+/g,' ').trim().slice(0,60);
const inView = r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
// obscured? element at center
const cx = Math.min(Math.max(r.left + r.width/2, 0), innerWidth-1), cy = Math.min(Math.max(r.top + r.height/2, 0), innerHeight-1);
const top = document.elementFromPoint(cx, cy);
const obscured = top && !(e === top || e.contains(top) || top.contains(e) || (e.labels && [...e.labels].some(l => l.contains(top))));
return {tag: e.tagName.toLowerCase(), id: e.id, cls: (e.className && e.className.baseVal === undefined ? e.className : '').slice(0,50), label, href: e.getAttribute('href'), ring, inView, obscured: obscured ? (top.tagName + '.' + top.className).slice(0,60) : null, x: Math.round(r.left), y: Math.round(r.top + scrollY), visible: r.width > 0 && r.height > 0 && s.visibility !== 'hidden'};
`;
const b = await Browser.launch();
const summary = {};
try {
  for (const [name, path] of PAGES) {
    if (only && !only.split(',').includes(name)) continue;
    await b.setSize(1280, 900);
    await b.goto(path); await b.ready();
    await b.exec("document.activeElement && document.activeElement.blur(); window.scrollTo(0,0);");
    const seq = [];
    let first = null;
    for (let i = 0; i < 400; i++) {
      await b.keys('\uE004');
      const f = await b.exec(probe);
      if (f.body) { seq.push({ body: true }); break; }
      const key = f.tag + f.id + f.label + f.href + f.x + f.y;
      if (first && key === first) { seq.push({ wrapped: true }); break; }
      if (!first) first = key;
      seq.push(f);
    }
    // reverse a few
    const rev = [];
    for (let i = 0; i < 5; i++) { await b.chord('\uE008', '\uE004'); }
    fs.writeFileSync(`/tmp/rgaa/out/${name}.keyboard.json`, JSON.stringify(seq, null, 1));
    const noRing = seq.filter(f => f.ring === 'NONE');
    const hidden = seq.filter(f => f.visible === false);
    const obsc = seq.filter(f => f.obscured);
    summary[name] = { stops: seq.length, noRing: noRing.map(f => f.tag + '#' + f.id + '.' + f.cls + ' ' + f.label), invisible: hidden.map(f => f.tag + '.' + f.cls + ' ' + f.label), obscured: obsc.map(f => f.tag + '.' + f.cls + ' ' + f.label + ' under ' + f.obscured), end: seq[seq.length - 1] };
    console.log(name, JSON.stringify(summary[name]));
  }
} finally { await b.quit(); }
fs.writeFileSync('/tmp/rgaa/out/keyboard-summary.json', JSON.stringify(summary, null, 1));
