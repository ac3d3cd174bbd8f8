// Minimal WebDriver client over chromedriver (HTTP) + CDP passthrough.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
export const BASE = 'http://127.0.0.1:8931';
const DPORT = 9515 + Math.floor(Math.random()*400);
let driverProc;
async function req(method, path, body) {
  const r = await fetch(`http://127.0.0.1:${DPORT}${path}`, { method, headers: { 'content-type': 'application/json' }, body: body ? JSON.stringify(body) : undefined });
  const j = await r.json();
  if (j.value && j.value.error) throw new Error(`${path}: ${j.value.error}: ${j.value.message?.slice(0,300)}`);
  return j.value;
}
export class Browser {
  static async launch({ width = 1280, height = 900, lang = 'fr-FR,fr' } = {}) {
    driverProc = spawn('/usr/bin/chromedriver', [`--port=${DPORT}`], { stdio: 'ignore' });
    for (let i = 0; i < 50; i++) { try { await fetch(`http://127.0.0.1:${DPORT}/status`); break; } catch { await new Promise(r => setTimeout(r, 100)); } }
    const v = await req('POST', '/session', { capabilities: { alwaysMatch: { 'goog:chromeOptions': {
      binary: '/usr/lib/chromium/chromium',
      args: ['--headless=new', '--no-sandbox', '--disable-gpu', `--window-size=${width},${height}`, `--lang=${lang}`, '--hide-scrollbars', '--force-device-scale-factor=1'],
      prefs: { 'intl.accept_languages': lang } } } } });
    const b = new Browser(); b.sid = v.sessionId; return b;
  }
  s(p) { return `/session/${this.sid}${p}`; }
  async goto(path) { await req('POST', this.s('/url'), { url: path.startsWith('http') ? path : BASE + path }); }
  async exec(script, args = []) { return req('POST', this.s('/execute/sync'), { script, args }); }
  async execAsync(script, args = []) { return req('POST', this.s('/execute/async'), { script, args }); }
  async cdp(cmd, params = {}) { return req('POST', this.s('/goog/cdp/execute'), { cmd, params }); }
  async setSize(width, height) { await req('POST', this.s('/window/rect'), { width, height }); }
  async viewport(width, height, scale = 1) { await this.cdp('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: scale, mobile: false }); }
  async clearViewport() { await this.cdp('Emulation.clearDeviceMetricsOverride', {}); }
  async waitFor(js, timeout = 10000) {
    const t0 = Date.now();
    while (Date.now() - t0 < timeout) { try { const v = await this.exec(js); if (v) return v; } catch {} await new Promise(r => setTimeout(r, 150)); }
    throw new Error('timeout waiting for ' + js);
  }
  async ready() { await this.waitFor("return document.documentElement.dataset.portal === 'ready' && !!document.querySelector('main h1') && !document.querySelector('main .loading')", 20000); await new Promise(r => setTimeout(r, 400)); }
  async keys(...ks) {
    const actions = [];
    for (const k of ks) { actions.push({ type: 'keyDown', value: k }, { type: 'keyUp', value: k }); }
    await req('POST', this.s('/actions'), { actions: [{ type: 'key', id: 'kb', actions }] });
  }
  async chord(...ks) {
    const a = ks.map(k => ({ type: 'keyDown', value: k })).concat(ks.slice().reverse().map(k => ({ type: 'keyUp', value: k })));
    await req('POST', this.s('/actions'), { actions: [{ type: 'key', id: 'kb', actions: a }] });
  }
  async type(text) { await this.keys(...[...text]); }
  async find(css) { const v = await req('POST', this.s('/element'), { using: 'css selector', value: css }); return Object.values(v)[0]; }
  async click(css) { const id = await this.find(css); await req('POST', this.s(`/element/${id}/click`), {}); }
  async sendKeysTo(css, text) { const id = await this.find(css); await req('POST', this.s(`/element/${id}/value`), { text }); }
  async clear(css) { const id = await this.find(css); await req('POST', this.s(`/element/${id}/clear`), {}); }
  async focused() { return this.exec("const e=document.activeElement; if(!e) return null; return {tag:e.tagName.toLowerCase(), id:e.id, cls:e.className, text:(e.innerText||e.value||e.getAttribute('aria-label')||'').trim().slice(0,80), href:e.getAttribute('href'), name:e.getAttribute('name'), type:e.getAttribute('type')}"); }
  async shot(name, { full = true } = {}) {
    const m = await this.cdp('Page.getLayoutMetrics');
    const w = Math.ceil(m.cssLayoutViewport.clientWidth), h = Math.ceil(full ? m.cssContentSize.height : m.cssLayoutViewport.clientHeight);
    const r = await this.cdp('Page.captureScreenshot', { format: 'png', captureBeyondViewport: full, clip: { x: 0, y: 0, width: Math.max(w, Math.ceil(m.cssContentSize.width)), height: Math.min(h, 16000), scale: 1 } });
    const f = `/tmp/rgaa/shots/${name}.png`; fs.writeFileSync(f, Buffer.from(r.data, 'base64')); return f;
  }
  async vshot(name) { const r = await req('GET', this.s('/screenshot')); const f = `/tmp/rgaa/shots/${name}.png`; fs.writeFileSync(f, Buffer.from(r, 'base64')); return f; }
  async html() { return this.exec("return '<!DOCTYPE html>\\n' + document.documentElement.outerHTML"); }
  async axe() {
    const axe = fs.readFileSync(process.env.HOME + '/.cache/parisante-portal/tools/npm/node_modules/axe-core/axe.min.js', 'utf8');
    await this.exec(axe);
    return this.execAsync("const done = arguments[arguments.length-1]; axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a','wcag2aa','wcag21a','wcag21aa','best-practice'] } }).then(r => done({violations: r.violations.map(v => ({id: v.id, impact: v.impact, tags: v.tags, help: v.help, nodes: v.nodes.map(n => ({target: n.target, html: n.html.slice(0,300), summary: n.failureSummary}))})), incomplete: r.incomplete.map(v => ({id: v.id, help: v.help, nodes: v.nodes.map(n => ({target: n.target, html: n.html.slice(0,200), summary: (n.failureSummary||'').slice(0,300)}))}))})).catch(e => done({error: String(e)}));");
  }
  async quit() { try { await req('DELETE', this.s('')); } catch {} driverProc?.kill(); }
}
export const sleep = ms => new Promise(r => setTimeout(r, ms));
