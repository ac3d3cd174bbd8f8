import { Browser, sleep } from './wd.mjs';
import { PAGES } from './pages.mjs';
const only = process.argv[2];
const b = await Browser.launch();
const culprit = `const W = document.documentElement.clientWidth; return [...document.querySelectorAll('body *')].filter(e => { const r = e.getBoundingClientRect(); return r.right > W + 1 && r.width > 0 && !e.closest('.table-scroll') && getComputedStyle(e).position !== 'fixed'; }).slice(0, 8).map(e => e.tagName.toLowerCase() + '.' + (typeof e.className === 'string' ? e.className : '') + ' right=' + Math.round(e.getBoundingClientRect().right) + ' "' + (e.innerText || '').slice(0, 40).replace(/\\n/g, ' ') + '"');`;
try {
  const pages = [...PAGES, ['espace-editeur', 'EDITOR']];
  for (const [name, path] of pages) {
    if (only && !only.split(',').includes(name)) continue;
    if (path === 'EDITOR') {
      await b.viewport(1280, 900);
      await b.goto('/espace-startup'); await b.ready();
      await b.sendKeysTo('#sign-in-email', 'equipe@cardiolume.example'); await b.sendKeysTo('#sign-in-password', 'cardiolume-demo-2026');
      await b.click('button[type=submit]'); await b.waitFor("return !!document.getElementById('edit-name')", 15000); await sleep(500);
    } else { await b.viewport(1280, 900); await b.goto(path); await b.ready(); }
    await b.viewport(320, 256); await sleep(700);
    const r = await b.exec("return [document.documentElement.scrollWidth, document.documentElement.clientWidth, document.documentElement.scrollHeight]");
    const c = r[0] > r[1] ? await b.exec(culprit) : [];
    await b.shot(`${name}-reflow-320`);
    console.log(name, 'scrollWidth', r[0], 'clientWidth', r[1], 'height', r[2], c.length ? 'OVERFLOW: ' + JSON.stringify(c) : '');
  }
} finally { await b.quit(); }
