import { Browser, sleep } from './wd.mjs';
import { PAGES } from './pages.mjs';
// Launch with a 32px default font size (browser text-size setting at 200 %).
const orig = Browser.launch;
const b = await (async () => {
  const { spawn } = await import('node:child_process');
  return Browser.launch({});
})();
try {
  // set via CDP: Emulation has no font pref; use Page.setFontSizes
  for (const [name, path] of PAGES) {
    await b.viewport(1280, 900);
    await b.cdp('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
    await b.goto(path); await b.ready();
    const r = await b.exec("return [document.documentElement.scrollWidth, document.documentElement.clientWidth, getComputedStyle(document.body).fontSize, matchMedia('(min-width: 72rem)').matches]");
    const c = r[0] > r[1] ? await b.exec("const W=document.documentElement.clientWidth; return [...document.querySelectorAll('body *')].filter(e=>{const q=e.getBoundingClientRect(); return q.right>W+1 && q.width>0 && !e.closest('.table-scroll')}).slice(0,5).map(e=>e.tagName+'.'+e.className+' '+Math.round(e.getBoundingClientRect().right))") : '';
    await b.shot(`${name}-texte200-1280`);
    console.log(name, r, c);
  }
} finally { await b.quit(); }
