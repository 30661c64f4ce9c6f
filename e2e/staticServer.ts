import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

export interface Served {
  readonly path: string;
  readonly status: number;
}

/**
 * A static server for a build folder that a test can swap for another (a new version deployed) or
 * close (the network gone). Every path is a file of the folder, `/` is index.html, anything else is a
 * 404: no fallback to index.html, so a request for a file the folder lacks shows up as a 404 in `log`.
 * Nothing is cached by the browser (`no-cache`), so whatever the page gets without asking came from
 * its service worker.
 */
export interface StaticServer {
  readonly origin: string;
  /** Every request since the start, in order. */
  readonly log: Served[];
  serve(dir: string): void;
  close(): Promise<void>;
}

export async function startStaticServer(dir: string): Promise<StaticServer> {
  let root = dir;
  const log: Served[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    const answer = (status: number, body: Buffer | string, type = 'text/plain; charset=utf-8') => {
      log.push({ path, status });
      res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-cache' });
      res.end(body);
    };
    if (!file.startsWith(normalize(root))) return answer(403, 'outside the build');
    readFile(file).then(
      (body) => answer(200, body, TYPES[extname(file)] ?? 'application/octet-stream'),
      () => answer(404, `not in this build: ${path}`),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    log,
    serve: (next) => {
      root = next;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()));
        server.closeAllConnections();
      }),
  };
}
