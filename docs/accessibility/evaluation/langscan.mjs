import { Browser, sleep } from './wd.mjs';
import { PAGES } from './pages.mjs';
const b = await Browser.launch();
const scan = `
const page = document.documentElement.lang;
const words = page === 'fr' ? /\\b(the|and|of|with|for|is|are|your|this|from|to)\\b/i : /\\b(le|la|les|des|du|et|pour|avec|dans|une|aux|sur)\\b/;
const out = [];
const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
let n; while ((n = w.nextNode())) {
  const t = n.textContent.trim(); if (t.length < 3) continue;
  const el = n.parentElement; if (el.closest('script,style,noscript')) continue;
  const l = el.closest('[lang]') ? el.closest('[lang]').getAttribute('lang') : page;
  if (l !== page) continue;
  const m = t.match(new RegExp(words.source, 'gi'));
  if (m && m.length >= 1) out.push(t.slice(0, 140));
}
return [...new Set(out)].slice(0, 40);
`;
try {
  const extra = [['agenda-en', '/en/events'], ['formation-en', '/en/programmes/certificat-coordination-numerique'], ['startup-en', '/en/startups/cardiolume'], ['confidentialite-en', '/en/privacy'], ['accessibilite-en', '/en/accessibility'], ['mentions-en', '/en/legal-notice'], ['evenement-en', '/en/events/atelier-patients-donnees-de-sante'], ['pole-en', '/en/poles/recherche']];
  for (const [name, path] of [...PAGES, ...extra]) {
    await b.goto(path); await b.ready();
    const r = await b.exec(scan);
    if (r.length) console.log('=====', name, path, '\n  ' + r.join('\n  '));
  }
} finally { await b.quit(); }
