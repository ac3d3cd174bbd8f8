import { Browser } from './wd.mjs';
const b = await Browser.launch();
try {
  await b.goto('/'); await b.ready();
  console.log(await b.exec("return [document.title, document.documentElement.lang, location.href]"));
  await b.shot('test-home');
} finally { await b.quit(); }
