import { Browser, sleep } from './wd.mjs';
const b = await Browser.launch();
try {
  for (const [n, p] of [['accueil', '/'], ['catalogue-filtre', '/formations?level=master'], ['agenda', '/agenda'], ['comparer', '/formations/comparer?p=certificat-coordination-numerique,master-donnees-de-sante,du-telemedecine'], ['evenement', '/agenda/atelier-patients-donnees-de-sante']]) {
    await b.viewport(1280, 900); await b.goto(p); await b.ready();
    await b.exec("document.querySelectorAll('link[rel=stylesheet],style').forEach(e=>e.remove()); document.querySelectorAll('[style]').forEach(e=>e.removeAttribute('style'));");
    await sleep(300);
    const t = await b.exec("return document.body.innerText.slice(0, 1500)");
    await b.shot(`${n}-sans-css-1280`);
    console.log('=====', n, '\n', t.slice(0, 900));
  }
} finally { await b.quit(); }
