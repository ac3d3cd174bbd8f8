import { Browser, sleep } from './wd.mjs';
const b = await Browser.launch();
try {
  // pagination by keyboard
  await b.setSize(1280, 900);
  await b.goto('/formations'); await b.ready();
  await b.exec("document.querySelector('.pagination a[href=\"/formations?page=2\"]').focus()");
  await b.keys('\uE007'); await sleep(1200);
  console.log('after Enter on Page 2:', JSON.stringify(await b.focused()), await b.exec("return [location.href, document.querySelector('[role=status]').innerText, scrollY]"));
  await b.keys('\uE004'); console.log(' then Tab ->', JSON.stringify(await b.focused()));
  // sort select by keyboard
  await b.exec("document.getElementById('catalogue-sort') ? document.getElementById('catalogue-sort').focus() : document.querySelector('.results-bar select').focus()");
  const selId = await b.exec("return document.activeElement.id");
  await b.keys('\uE015'); await sleep(1000);
  console.log('after ArrowDown on sort select', selId, JSON.stringify(await b.focused()), await b.exec("return [location.href, document.activeElement.value]"));
  // chip removal
  await b.goto('/formations?level=master'); await b.ready();
  await b.exec("document.querySelector('.chip').focus()"); await b.keys('\uE007'); await sleep(900);
  console.log('after Enter on chip:', JSON.stringify(await b.focused()), await b.exec("return [location.href, document.querySelector('[role=status]').innerText]"));
  // landscape orientation phone
  await b.viewport(844, 390); await b.goto('/'); await b.ready();
  console.log('landscape 844x390 sw', await b.exec("return [document.documentElement.scrollWidth, document.documentElement.clientWidth]"));
  await b.vshot('accueil-paysage-844x390');
  await b.viewport(844, 390); await b.goto('/formations/comparer?p=certificat-coordination-numerique,master-donnees-de-sante,du-telemedecine'); await b.ready();
  await b.vshot('comparer-paysage-844x390');
  await b.viewport(390, 844); await b.goto('/formations/comparer?p=certificat-coordination-numerique,master-donnees-de-sante,du-telemedecine'); await b.ready();
  await b.exec("document.querySelector('.table-scroll').scrollIntoView({block:'start'})");
  await b.vshot('comparer-portrait-390-tableau');
  // sign out flow with unsaved changes
  await b.viewport(1280, 900); await b.goto('/espace-startup'); await b.ready();
  await b.sendKeysTo('#sign-in-email', 'equipe@cardiolume.example'); await b.sendKeysTo('#sign-in-password', 'cardiolume-demo-2026');
  await b.click('button[type=submit]'); await b.waitFor("return !!document.getElementById('edit-name')", 15000); await sleep(500);
  await b.sendKeysTo('#edit-name', ' X'); await sleep(300);
  await b.exec("document.querySelector('.editor__bar button').focus()"); await b.keys('\uE007'); await sleep(500);
  console.log('after sign-out with unsaved:', JSON.stringify(await b.focused()), await b.exec("return [...document.querySelectorAll('[role=alert]')].map(e=>e.innerText)"));
  await b.keys('\uE004'); console.log(' then Tab ->', JSON.stringify(await b.focused()));
  await b.keys('\uE007'); await sleep(300);
  console.log(' after Enter on cancel:', JSON.stringify(await b.focused()));
  // restore name
  await b.exec("const i=document.getElementById('edit-name'); i.focus(); i.select();"); await b.type('Cardiolume'); await sleep(200);
  await b.click('.editor__save button[type=submit]'); await sleep(1500);
  console.log('restored:', await b.exec("return document.getElementById('editor-status').innerText"));
} finally { await b.quit(); }
