import { Browser, sleep } from './wd.mjs';
const b = await Browser.launch();
try {
  for (const [n, p] of [['accueil', '/'], ['accueil-en', '/en']]) {
    await b.viewport(1280, 900); await b.goto(p); await b.ready();
    await b.viewport(320, 256); await sleep(600);
    await b.exec("window.scrollTo(0,0)");
    const r = await b.cdp('Page.captureScreenshot', { format: 'png', clip: { x: 0, y: 0, width: 340, height: 256, scale: 2 }, captureBeyondViewport: true });
    (await import('node:fs')).writeFileSync(`/tmp/rgaa/shots/${n}-reflow-320-entete.png`, Buffer.from(r.data, 'base64'));
    console.log(n, await b.exec("const a=document.querySelector('.lang-switch').getBoundingClientRect(); const n=[...document.querySelectorAll('.main-nav a')].map(x=>{const r=x.getBoundingClientRect(); return x.innerText.trim()+':'+Math.round(r.left)+'-'+Math.round(r.right)+'@'+Math.round(r.top)}); return {lang:[a.left,a.right], nav:n, inner: document.querySelector('.site-header__inner').getBoundingClientRect().width}"));
  }
} finally { await b.quit(); }
