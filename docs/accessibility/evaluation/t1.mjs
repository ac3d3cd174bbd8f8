import { Browser } from './wd.mjs';
const b = await Browser.launch();
try {
  for (const p of ['/formations', '/startups', '/agenda']) {
    await b.goto(p); await b.ready();
    console.log(p, JSON.stringify(await b.exec("return [...document.querySelectorAll('main a')].map(a=>a.getAttribute('href')+' | '+a.innerText.trim().slice(0,60)).slice(0,60)"), null, 0));
  }
} finally { await b.quit(); }
