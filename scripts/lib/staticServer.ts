/**
 * A small static file server on 127.0.0.1 for benchmarks and browser tests: no
 * dependencies, correct MIME types, GET and HEAD only, never outside its roots.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

export const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

export interface Mount {
  /** URL path prefix, starting and ending with "/": "/" or "/bench-data/". */
  readonly prefix: string;
  readonly dir: string;
}

export interface StaticServer {
  /** "http://127.0.0.1:PORT", without a trailing slash. */
  readonly origin: string;
  readonly port: number;
  close(): Promise<void>;
}

/** Resolves a request path to a file under one of the mounts, or null. Longest prefix wins. */
export function resolveRequestPath(mounts: readonly Mount[], urlPath: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const mount = [...mounts].sort((a, b) => b.prefix.length - a.prefix.length).find((m) => pathname.startsWith(m.prefix));
  if (!mount) return null;
  const root = resolve(mount.dir);
  let rel = pathname.slice(mount.prefix.length);
  if (rel === '' || rel.endsWith('/')) rel += 'index.html';
  const file = resolve(root, normalize(rel));
  if (file !== root && !file.startsWith(root + sep)) return null;
  return file;
}

export function startStaticServer(mounts: readonly Mount[], options: { host?: string; port?: number; quiet?: boolean } = {}): Promise<StaticServer> {
  const host = options.host ?? '127.0.0.1';
  const server: Server = createServer((req, res) => {
    const fail = (status: number, message: string) => {
      res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
      res.end(message);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return fail(405, 'method not allowed');
    const file = resolveRequestPath(mounts, req.url ?? '/');
    if (!file) return fail(404, 'not found');
    let size: number;
    try {
      const stat = statSync(file);
      if (!stat.isFile()) return fail(404, 'not found');
      size = stat.size;
    } catch {
      return fail(404, 'not found');
    }
    res.writeHead(200, {
      'content-type': MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': String(size),
      'cache-control': 'no-store',
    });
    if (req.method === 'HEAD') return void res.end();
    const stream = createReadStream(file);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  });
  server.keepAliveTimeout = 1000;

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    // Port 0: the system picks a free one.
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      const { port } = server.address() as AddressInfo;
      resolvePromise({
        origin: `http://${host}:${port}`,
        port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

export function joinUrl(origin: string, ...parts: string[]): string {
  return [origin.replace(/\/$/, ''), ...parts.map((p) => p.replace(/^\/|\/$/g, ''))].join('/');
}

/** Convenience for a single directory served at "/". */
export function serveDirectory(dir: string): Promise<StaticServer> {
  return startStaticServer([{ prefix: '/', dir: join(dir) }]);
}
