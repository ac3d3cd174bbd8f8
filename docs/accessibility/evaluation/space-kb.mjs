import { Browser, sleep } from './wd.mjs';
const b = await Browser.launch();
const foc = async (l) => console.log(l, JSON.stringify(await b.focused()));
try {
  await b.setSize(1280, 900);
  await b.goto('/espace-startup'); await b.ready();
  await b.exec("document.getElementById('sign-in-email').focus()");
  await b.type('equipe@cardiolume.example'); await b.keys('\uE004'); await b.type('faux-mot-de-passe');
  await b.keys('\uE004'); await foc('on submit button:');
  await b.keys('\uE007'); await sleep(1500);
  await foc('after Enter on submit (wrong password):');
  await b.keys('\uE004'); await foc('then Tab ->');
  await b.exec("document.getElementById('sign-in-password').focus()");
  await b.chord('\uE009', 'a'); await b.keys('\uE003'); await b.type('cardiolume-demo-2026');
  await b.keys('\uE007'); // Enter in password field submits
  await b.waitFor("return !!document.getElementById('edit-name')", 15000); await sleep(800);
  await foc('after sign-in:');
  await b.keys('\uE004'); await foc('then Tab ->');
  await b.keys('\uE004'); await foc('then Tab ->');
  // name emptied by keyboard
  await b.exec("document.getElementById('edit-name').focus()");
  await b.chord('\uE009', 'a'); await b.keys('\uE003'); await sleep(400);
  console.log('name empty ->', await b.exec("return [document.getElementById('edit-name').getAttribute('aria-invalid'), document.getElementById('edit-name-error').innerText, document.getElementById('editor-status').innerText]"));
  await b.type('Cardiolume'); await sleep(300);
  // save by keyboard
  await b.exec("document.querySelector('.editor__save button').focus()");
  await foc('save focused:');
  await b.keys('\uE007'); await sleep(2000);
  await foc('after Enter on save:');
  console.log('status:', await b.exec("return document.getElementById('editor-status').innerText"));
  await b.keys('\uE004'); await foc('then Tab ->');
  await b.chord('\uE008', '\uE004'); await foc('then Shift+Tab ->');
  // keyboard traversal of the editor: count stops, check rings
  await b.exec("document.activeElement.blur(); window.scrollTo(0,0)");
  const seen = [];
  for (let i = 0; i < 150; i++) { await b.keys('\uE004'); const f = await b.exec("const e=document.activeElement; if(e===document.body) return null; const s=getComputedStyle(e); const r=e.getBoundingClientRect(); const cx=r.left+r.width/2, cy=r.top+r.height/2; const t=document.elementFromPoint(Math.max(0,Math.min(cx,innerWidth-1)),Math.max(0,Math.min(cy,innerHeight-1))); return {t:e.tagName+'#'+e.id, ring:s.outlineStyle+' '+s.outlineWidth, y:Math.round(r.top), h:innerHeight, obscured: t && !(t===e||e.contains(t)||t.contains(e)||(e.labels&&[...e.labels].some(l=>l.contains(t)))) ? t.className : null}"); if (!f) break; seen.push(f); }
  console.log('editor stops', seen.length, 'no ring:', seen.filter(f => !f.ring.startsWith('solid')).map(f => f.t), 'obscured:', JSON.stringify(seen.filter(f => f.obscured)));
} finally { await b.quit(); }
