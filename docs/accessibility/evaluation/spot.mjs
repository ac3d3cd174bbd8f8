import { Browser, sleep } from './wd.mjs';
import fs from 'node:fs';
// usage: node spot.mjs path selector outname [css] [width]
const [path, sel, out, css, width] = process.argv.slice(2);
const b = await Browser.launch();
try {
  await b.cdp('Page.setBypassCSP', { enabled: true });
  await b.viewport(+(width || 1280), 900); if (process.env.FONT) await b.cdp('Page.setFontSizes', { fontSizes: { standard: +process.env.FONT, fixed: 26 } }); await b.goto(path); await b.ready();
  if (css) await b.exec(`const s = document.createElement('style'); s.textContent = ${JSON.stringify(css)}; document.head.append(s);`);
  await sleep(400);
  const r = await b.exec(`const S=${JSON.stringify(sel)}; const e=S.startsWith("text:") ? [...document.querySelectorAll(S.split("|")[1])].find(x=>x.innerText.includes(S.split("|")[0].slice(5))) : document.querySelector(S); e.scrollIntoView({block:'center'}); const r=e.getBoundingClientRect(); return {x:r.left+scrollX,y:r.top+scrollY,w:r.width,h:r.height}`);
  await sleep(200);
  const pad = 24;
  const shot = await b.cdp('Page.captureScreenshot', { format: 'png', captureBeyondViewport: true, clip: { x: Math.max(0, r.x - pad), y: Math.max(0, r.y - pad), width: r.w + 2 * pad, height: r.h + 2 * pad, scale: 1 } });
  fs.writeFileSync(`/tmp/rgaa/shots/${out}.png`, Buffer.from(shot.data, 'base64'));
  console.log(out, r);
} finally { await b.quit(); }
