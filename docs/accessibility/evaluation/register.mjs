import { Browser, sleep } from './wd.mjs';
import fs from 'node:fs';
const b = await Browser.launch();
const st = async (l) => console.log(l, JSON.stringify(await b.exec("const a=document.activeElement; return {focus: a.tagName+'#'+a.id, alerts:[...document.querySelectorAll('[role=alert],[role=status]')].map(e=>e.className+': '+e.innerText.trim()).filter(x=>!x.endsWith(': ')), errors:[...document.querySelectorAll('.field__error')].filter(e=>e.innerText.trim()).map(e=>e.id+': '+e.innerText.trim()), invalid:[...document.querySelectorAll('[aria-invalid=true]')].map(e=>e.id+' -> '+e.getAttribute('aria-describedby'))}"), null, 1));
try {
  await b.setSize(1280, 900);
  await b.goto('/agenda/atelier-patients-donnees-de-sante'); await b.ready();
  console.log('email hint:', await b.exec("return document.getElementById('register-email-hint').innerText"));
  // submit empty via keyboard
  await b.exec("document.querySelector('.event__register button[type=submit]').focus()");
  await b.keys('\uE007'); await sleep(800);
  await st('empty submit');
  await b.exec("document.querySelector('.event__register').scrollIntoView({block:'start'})");
  await b.vshot('evenement-inscription-erreurs-1280');
  fs.writeFileSync('/tmp/rgaa/out/evenement-erreurs.html', await b.html());
  // invalid email
  await b.sendKeysTo('#register-name', 'Camille Test');
  await b.sendKeysTo('#register-email', 'camille@exemple');
  await b.exec("document.getElementById('register-organisation').focus()"); await sleep(300);
  await st('bad email after blur');
  await b.sendKeysTo('#register-needs', 'Place pour fauteuil');
  await b.exec("document.querySelector('.event__register button[type=submit]').focus()");
  await b.keys('\uE007'); await sleep(800);
  await st('needs without consent');
  await b.exec("document.querySelector('.event__register').scrollIntoView({block:'start'})");
  await b.vshot('evenement-inscription-erreurs-2-1280');
  // fix
  await b.clear('#register-email'); await b.sendKeysTo('#register-email', 'camille@exemple.org');
  await b.click('#register-consent');
  await b.exec("document.querySelector('.event__register button[type=submit]').focus()");
  await b.keys('\uE007'); await sleep(2500);
  await st('after valid submit');
  await b.exec("document.querySelector('.event__register').scrollIntoView({block:'start'})");
  await b.vshot('evenement-inscription-envoyee-1280');
  await b.keys('\uE004'); console.log('then Tab ->', JSON.stringify(await b.focused()));
} finally { await b.quit(); }
