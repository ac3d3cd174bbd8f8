import { Browser, sleep } from './wd.mjs';
import fs from 'node:fs';
const inspect = fs.readFileSync('/tmp/rgaa/inspect.js', 'utf8');
const b = await Browser.launch();
try {
  await b.setSize(1280, 900);
  await b.goto('/formations'); await b.ready();
  // type in search
  await b.exec("document.getElementById('catalogue-q').focus()");
  await b.type('données'); await sleep(1200);
  console.log('after typing:', JSON.stringify(await b.exec("return {focus: document.activeElement.id, value: document.activeElement.value, status: document.querySelector('[role=status]').innerText, url: location.href, title: document.title}")));
  // check a facet by keyboard
  await b.exec("document.getElementById('facet-level-master').focus()");
  await b.keys(' '); await sleep(1000);
  console.log('after space on facet:', JSON.stringify(await b.exec("return {focus: document.activeElement.id, checked: document.activeElement.checked, status: document.querySelector('[role=status]').innerText, url: location.href}")));
  // add to shortlist and compare
  const btns = await b.exec("return document.querySelectorAll('.toggle--star').length");
  await b.exec("document.querySelectorAll('.toggle--star')[0].click(); document.querySelectorAll('.toggle--star')[1].click();");
  await b.exec("const c=[...document.querySelectorAll('.selection-buttons .toggle:not(.toggle--star)')]; c[0].click(); c[1].click();");
  await sleep(600);
  console.log('toggle states:', JSON.stringify(await b.exec("return [...document.querySelectorAll('.selection-buttons')].slice(0,2).map(s=>[...s.querySelectorAll('button')].map(x=>x.getAttribute('aria-pressed')+' '+x.getAttribute('aria-label')+' | visible: '+x.innerText.trim()))")));
  console.log('compare bar:', JSON.stringify(await b.exec("const c=document.querySelector('.compare-bar'); return c ? c.outerHTML.slice(0,800) : null")));
  console.log('nav count:', await b.exec("return document.querySelector('.main-nav a[href=\"/formations/ma-selection\"]').innerText"));
  await b.exec("document.querySelector('.compare-bar') && document.querySelector('.compare-bar').scrollIntoView({block:'center'})");
  await b.vshot('catalogue-barre-comparaison-1280');
  // pagination focus?
  // shortlist page with items
  await b.click('.main-nav a[href="/formations/ma-selection"]'); await b.ready();
  console.log('after nav to shortlist, focus:', JSON.stringify(await b.focused()));
  const info = await b.exec(inspect);
  fs.writeFileSync('/tmp/rgaa/out/ma-selection-remplie.json', JSON.stringify(info, null, 1));
  fs.writeFileSync('/tmp/rgaa/out/ma-selection-remplie.html', await b.html());
  const axe = await b.axe(); console.log('axe shortlist:', axe.violations.map(v => v.id).join(','));
  await b.shot('ma-selection-remplie-1280');
  console.log('shortlist headings', info.headings, 'fields', info.fields.map(f => f.id + ':' + f.label), 'buttons', info.buttons.map(x => x.text + '|' + x.name));
  // 390: filters summary
  await b.goto('/formations?level=master'); await b.ready();
  await b.setSize(390, 844); await sleep(800);
  console.log('390 details open?', await b.exec("return document.querySelector('details.filters').open"));
  await b.vshot('catalogue-390-filtres-replies');
} finally { await b.quit(); }
