import { Browser, sleep } from './wd.mjs';
import { PAGES } from './pages.mjs';
const b = await Browser.launch();
try { for (const [name, path] of PAGES) { await b.viewport(640, 450); await b.goto(path); await b.ready(); const r = await b.exec("return [document.documentElement.scrollWidth, document.documentElement.clientWidth]"); console.log('zoom200 (640px)', name, r); } } finally { await b.quit(); }
