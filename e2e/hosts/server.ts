/**
 * The e2e host pages' server: another origin than the app's, as a docs site would be. Serves
 * e2e/hosts/*.html with `%APP%` replaced by the app's origin, and the React host page built into
 * `<out>/react/`. Usage: tsx e2e/hosts/server.ts <port> <app origin> <built hosts dir>
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const [port, app, built] = process.argv.slice(2);
if (!port || !app || !built) {
  console.error('usage: tsx e2e/hosts/server.ts <port> <app origin> <built hosts dir>');
  process.exit(2);
}
const builtDir = built;
const appOrigin = app;
const pages = new URL('.', import.meta.url).pathname;
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };

/** The file a path names: the React build under /react/, the hand-written pages otherwise. */
function fileFor(path: string): string | undefined {
  const clean = normalize(decodeURIComponent(path)).replace(/^(\.\.[/\\])+/, '');
  const file = clean.startsWith('/react/') ? join(builtDir, clean, clean.endsWith('/') ? 'index.html' : '') : join(pages, clean);
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

createServer((req, res) => {
  const file = fileFor(new URL(req.url ?? '/', 'http://host').pathname);
  if (!file) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  const body = type.startsWith('text/html') ? readFileSync(file, 'utf8').replaceAll('%APP%', appOrigin) : readFileSync(file);
  res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
}).listen(Number(port), '127.0.0.1');
