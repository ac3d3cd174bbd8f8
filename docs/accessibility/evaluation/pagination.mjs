import { Browser, sleep } from './wd.mjs';
const b = await Browser.launch();
try {
  await b.setSize(1280, 900); await b.goto('/formations'); await b.ready();
  await b.exec("document.querySelector('.pagination a[href=\"/formations?page=2\"]').focus()");
  await b.keys('\uE007'); await sleep(1200);
  console.log('after Enter on "Page 2":', JSON.stringify(await b.focused()), JSON.stringify(await b.exec("const r=document.activeElement.getBoundingClientRect(); return {url: location.href, scrollY, focusTop: Math.round(r.top), viewport: innerHeight, status: document.querySelector('[role=status]').innerText}")));
  await b.vshot('catalogue-page2-focus-hors-ecran-1280');
} finally { await b.quit(); }
