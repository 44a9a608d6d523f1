import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveRequestPath, startStaticServer, type StaticServer } from './staticServer.ts';

describe('resolveRequestPath', () => {
  const mounts = [
    { prefix: '/', dir: '/srv/app' },
    { prefix: '/data/', dir: '/srv/data' },
  ];
  it('maps paths under the longest matching prefix', () => {
    expect(resolveRequestPath(mounts, '/')).toBe('/srv/app/index.html');
    expect(resolveRequestPath(mounts, '/assets/a.js?v=1')).toBe('/srv/app/assets/a.js');
    expect(resolveRequestPath(mounts, '/data/x.json')).toBe('/srv/data/x.json');
  });
  it('never leaves its root', () => {
    expect(resolveRequestPath(mounts, '/data/../../etc/passwd')).toBeNull();
    expect(resolveRequestPath(mounts, '/%2e%2e/%2e%2e/etc/passwd')).toBeNull();
    expect(resolveRequestPath(mounts, '/%E0%A4%A')).toBeNull();
  });
});

describe('startStaticServer', () => {
  let server: StaticServer;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'static-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>t</title>');
    writeFileSync(join(dir, 'data.json'), '{"a":1}');
    server = await startStaticServer([{ prefix: '/', dir }]);
  });
  afterAll(() => server.close());

  it('serves files with their MIME type on a free local port', async () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const html = await fetch(`${server.origin}/`);
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const json = await fetch(`${server.origin}/data.json`);
    expect(json.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await json.json()).toEqual({ a: 1 });
    expect((await fetch(`${server.origin}/missing.js`)).status).toBe(404);
    expect((await fetch(`${server.origin}/data.json`, { method: 'POST' })).status).toBe(405);
  });
});
