import { Browser, sleep } from './wd.mjs';
import fs from 'node:fs';
const inspect = fs.readFileSync('/tmp/rgaa/inspect.js', 'utf8');
const lang = process.argv[2] || 'fr';
const P = lang === 'fr' ? '/espace-startup' : '/en/startup-space';
const b = await Browser.launch({ lang: lang === 'fr' ? 'fr-FR,fr' : 'en-GB,en' });
const log = (...a) => console.log(...a);
const state = async (label) => { const s = await b.exec("const st=document.getElementById('editor-status'); const a=document.activeElement; return {status: st && st.innerText, focus: a && (a.tagName + '#' + a.id + ' ' + (a.innerText||'').slice(0,60)), alerts: [...document.querySelectorAll('[role=alert],[role=status]')].map(e=>e.className+': '+e.innerText.trim().slice(0,120)).filter(x=>!x.endsWith(': ')), errors: [...document.querySelectorAll('.field__error')].filter(e=>e.innerText.trim()).map(e=>e.id+': '+e.innerText.trim()), invalid: [...document.querySelectorAll('[aria-invalid=true]')].map(e=>e.id+' describedby='+e.getAttribute('aria-describedby'))}"); log(label, JSON.stringify(s, null, 1)); return s; };
try {
  await b.setSize(1280, 900);
  await b.goto(P); await b.ready();
  // 1. empty submit: native validation?
  await b.click('button[type=submit]'); await sleep(400);
  log('native validity msg:', await b.exec("return document.getElementById('sign-in-email').validationMessage"));
  // 2. wrong password
  await b.sendKeysTo('#sign-in-email', 'equipe@cardiolume.example');
  await b.sendKeysTo('#sign-in-password', 'mauvais-mot-de-passe');
  await b.click('button[type=submit]'); await sleep(1500);
  await state('after wrong password');
  await b.shot(`espace-${lang}-connexion-erreur-1280`, { full: false });
  // 3. right password
  await b.clear('#sign-in-password'); await b.sendKeysTo('#sign-in-password', 'cardiolume-demo-2026');
  await b.keys('\uE007'); // Enter submits
  await b.waitFor("return !!document.getElementById('edit-name')", 15000); await sleep(800);
  await state('after sign-in');
  const info = await b.exec(inspect);
  fs.writeFileSync(`/tmp/rgaa/out/espace-editeur-${lang}.json`, JSON.stringify(info, null, 1));
  fs.writeFileSync(`/tmp/rgaa/out/espace-editeur-${lang}.html`, await b.html());
  const axe = await b.axe(); fs.writeFileSync(`/tmp/rgaa/out/espace-editeur-${lang}.axe.json`, JSON.stringify(axe, null, 1));
  log('axe editor:', axe.violations.map(v => v.id + ':' + v.nodes.map(n => n.target).join(';')).join(' | '), 'incomplete:', axe.incomplete.map(v => v.id).join(','));
  await b.shot(`espace-${lang}-editeur-1280`);
  await b.setSize(390, 844); await sleep(500); await b.shot(`espace-${lang}-editeur-390`); await b.setSize(1280, 900); await sleep(300);
  // 4. change the pitch and save
  const orig = await b.exec("return document.getElementById('edit-pitch-fr').value");
  log('orig pitch fr:', orig);
  await b.clear('#edit-pitch-fr'); await b.sendKeysTo('#edit-pitch-fr', orig + ' Évaluation RGAA.');
  await sleep(400); await state('after edit');
  await b.click('.editor__save button[type=submit]'); await sleep(2000);
  await state('after save');
  await b.exec("document.querySelector('.editor__save').scrollIntoView({block:'center'})");
  await b.vshot(`espace-${lang}-enregistre-1280`);
  // 5. error path: website http, pitch too short
  await b.clear('#edit-website'); await b.sendKeysTo('#edit-website', 'http://cardiolume.example');
  await sleep(500); await state('after typing invalid website (before save)');
  await b.clear('#edit-pitch-fr'); await b.sendKeysTo('#edit-pitch-fr', 'Court');
  await sleep(400);
  await b.click('.editor__save button[type=submit]'); await sleep(1500);
  await state('after invalid save');
  await b.exec("document.getElementById('edit-website').scrollIntoView({block:'center'})");
  await b.vshot(`espace-${lang}-erreur-site-web-1280`);
  await b.exec("document.getElementById('edit-pitch-fr').scrollIntoView({block:'center'})");
  await b.vshot(`espace-${lang}-erreur-accroche-1280`);
  const info2 = await b.exec(inspect);
  fs.writeFileSync(`/tmp/rgaa/out/espace-editeur-erreur-${lang}.json`, JSON.stringify(info2, null, 1));
  const axe2 = await b.axe(); log('axe error state:', axe2.violations.map(v => v.id + ':' + v.nodes.map(n => n.target).join(';')).join(' | '));
  // 6. empty name
  await b.clear('#edit-name'); await sleep(400); await state('after emptying name');
  // restore
  await b.clear('#edit-name'); await b.sendKeysTo('#edit-name', 'Cardiolume');
  await b.clear('#edit-website'); await b.sendKeysTo('#edit-website', 'https://cardiolume.example');
  await b.clear('#edit-pitch-fr'); await b.sendKeysTo('#edit-pitch-fr', orig);
  await b.click('.editor__save button[type=submit]'); await sleep(2000);
  await state('after restore save');
  // keyboard traversal of editor
} finally { await b.quit(); }
