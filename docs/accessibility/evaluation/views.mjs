import { Browser, sleep } from './wd.mjs';
// usage: FONT=32 W=1280 H=900 node views.mjs path selector out [css]
const [path, sel, out, css] = process.argv.slice(2);
const b = await Browser.launch();
try {
  await b.cdp('Page.setBypassCSP', { enabled: true });
  await b.viewport(+(process.env.W || 1280), +(process.env.H || 900));
  if (process.env.FONT) await b.cdp('Page.setFontSizes', { fontSizes: { standard: +process.env.FONT, fixed: 26 } });
  await b.goto(path); await b.ready();
  if (css) await b.exec(`const s = document.createElement('style'); s.textContent = ${JSON.stringify(css)}; document.head.append(s);`);
  await sleep(300);
  if (sel !== 'top') await b.exec(`const S=${JSON.stringify(sel)}; const e=S.startsWith("text:") ? [...document.querySelectorAll(S.split("|")[1])].find(x=>x.innerText.includes(S.split("|")[0].slice(5))) : document.querySelector(S); e.scrollIntoView({block:'start'}); window.scrollBy(0,-10);`);
  await sleep(300);
  await b.vshot(out);
  console.log(out);
} finally { await b.quit(); }
