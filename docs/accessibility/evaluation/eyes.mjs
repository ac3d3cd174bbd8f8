import { Browser, sleep } from './wd.mjs';
const list = [
  ['accueil', '/', 1280, 900, ['top', '.figures', '.pole-grid', '.site-footer']],
  ['catalogue-filtre', '/formations?level=master', 1280, 900, ['top', '.programme-list']],
  ['evenement', '/agenda/atelier-patients-donnees-de-sante', 1280, 900, ['top', '.event__register']],
  ['startup', '/startups/cardiolume', 1280, 900, ['top']],
  ['agenda', '/agenda', 390, 844, ['top', '.event-list']],
  ['annuaire', '/startups', 390, 844, ['.startup-grid']],
  ['accueil-en', '/en', 390, 844, ['top']],
];
const b = await Browser.launch();
try {
  for (const [n, p, w, h, sels] of list) {
    await b.viewport(w, h); await b.goto(p); await b.ready();
    for (const s of sels) {
      if (s === 'top') await b.exec('window.scrollTo(0,0)'); else await b.exec(`document.querySelector(${JSON.stringify(s)}).scrollIntoView({block:'start'})`);
      await sleep(300);
      const name = `${n}-vue-${s.replace(/[^a-z]/g, '') || 'haut'}-${w}`;
      await b.vshot(name); console.log(name);
    }
  }
} finally { await b.quit(); }
