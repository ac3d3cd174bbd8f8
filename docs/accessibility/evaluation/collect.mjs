import { Browser, sleep } from './wd.mjs';
import { PAGES } from './pages.mjs';
import fs from 'node:fs';
const inspect = fs.readFileSync('/tmp/rgaa/inspect.js', 'utf8');
const only = process.argv[2];
const b = await Browser.launch();
try {
  for (const [name, path] of PAGES) {
    if (only && !only.split(',').includes(name)) continue;
    await b.setSize(1280, 900);
    await b.goto(path); await b.ready();
    const info = await b.exec(inspect);
    fs.writeFileSync(`/tmp/rgaa/out/${name}.json`, JSON.stringify(info, null, 1));
    fs.writeFileSync(`/tmp/rgaa/out/${name}.html`, await b.html());
    const axe = await b.axe();
    fs.writeFileSync(`/tmp/rgaa/out/${name}.axe.json`, JSON.stringify(axe, null, 1));
    await b.shot(`${name}-1280`);
    await b.setSize(390, 844); await sleep(600);
    await b.shot(`${name}-390`);
    console.log(name, path, 'title=', info.title, 'lang=', info.lang, 'axe violations:', axe.violations?.map(v => v.id + '(' + v.nodes.length + ')').join(','), 'incomplete:', axe.incomplete?.map(v => v.id).join(','));
  }
} finally { await b.quit(); }
