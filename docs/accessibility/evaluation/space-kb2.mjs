import { Browser, sleep } from './wd.mjs';
const b = await Browser.launch();
try {
  await b.goto('/espace-startup'); await b.ready();
  await b.sendKeysTo('#sign-in-email', 'equipe@cardiolume.example');
  await b.sendKeysTo('#sign-in-password', 'cardiolume-demo-2026');
  await b.click('button[type=submit]');
  await b.waitFor("return !!document.getElementById('edit-name')", 15000); await sleep(800);
  for (const [w, h] of [[1280, 900], [390, 844], [320, 256]]) {
    await b.viewport(w, h); await sleep(500);
    await b.exec("window.scrollTo(0,0); document.querySelector('.skip-link').focus()");
    const seen = [];
    for (let i = 0; i < 150; i++) {
      await b.keys('\uE004');
      const f = await b.exec("const e=document.activeElement; if(e===document.body) return null; const s=getComputedStyle(e); const r=e.getBoundingClientRect(); const pts=[[r.left+2,r.top+2],[r.left+r.width/2,r.top+r.height/2],[r.right-2,r.bottom-2]]; let covered=0, by=null; for(const [x,y] of pts){ if(x<0||y<0||x>=innerWidth||y>=innerHeight){covered++; by='offscreen'; continue;} const t=document.elementFromPoint(x,y); if(t && !(t===e||e.contains(t)||t.contains(e)||(e.labels&&[...e.labels].some(l=>l.contains(t))))){covered++; by=(t.closest('.editor__save,.compare-bar,.lang-suggestion,.site-header')||t).className;} } return {t:e.tagName+'#'+e.id+' '+(e.innerText||'').slice(0,25), ring:s.outlineStyle+' '+s.outlineWidth, covered, by, sw: document.documentElement.scrollWidth}");
      if (!f) break; seen.push(f);
      if (f.covered >= 2 && seen.filter(x => x.covered >= 2).length <= 3) await b.vshot(`espace-fr-focus-masque-${w}x${h}-${seen.filter(x => x.covered >= 2).length}`);
    }
    console.log(`${w}x${h}`, 'stops', seen.length, 'scrollWidth', seen[0]?.sw, 'fully/mostly covered:', JSON.stringify(seen.filter(f => f.covered >= 2).map(f => f.t + ' by ' + f.by)), 'partly:', seen.filter(f => f.covered === 1).length);
  }
} finally { await b.quit(); }
