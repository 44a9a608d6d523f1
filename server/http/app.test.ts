import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { create, remove } from '../../src/workspace/commands/command';
import type { Role } from '../auth/access';
import type { Database } from '../db/database';
import { createWorkspace } from '../service/workspaces';
import { insertMember } from '../store/members';
import { ENGINES } from '../testing/databases';
import { event, NOW, source, submitted } from '../testing/fixtures';
import { createApp } from './app';
import { BODY_LIMIT_BYTES } from './schemas';
import { listenForChanges, type ChangeFeed } from './stream';

type Caller = { token: string | null; label: string };
type Endpoint = { name: string; allowed: readonly Role[]; request: (ws: string) => [string, RequestInit] };

let unique = 0;
const json = (method: string, body: unknown): RequestInit => ({ method, body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
const actorCommand = () => submitted({ label: 'new actor', changes: [create('actors', { id: `actor-${++unique}`, actor: { id: `actor-${unique}`, name: `Actor ${unique}`, aliases: [] }, updatedAt: NOW })] });

/** Every endpoint of a workspace, with the roles that may call it. */
const ENDPOINTS: readonly Endpoint[] = [
  { name: 'GET workspace', allowed: ['owner', 'editor', 'reviewer', 'viewer'], request: (ws) => [`/api/workspaces/${ws}`, {}] },
  { name: 'GET records', allowed: ['owner', 'editor', 'reviewer', 'viewer'], request: (ws) => [`/api/workspaces/${ws}/records`, {}] },
  { name: 'GET commands', allowed: ['owner', 'editor', 'reviewer', 'viewer'], request: (ws) => [`/api/workspaces/${ws}/commands?after=0`, {}] },
  { name: 'GET stream', allowed: ['owner', 'editor', 'reviewer', 'viewer'], request: (ws) => [`/api/workspaces/${ws}/stream`, {}] },
  { name: 'POST commands (new actor)', allowed: ['owner', 'editor', 'reviewer'], request: (ws) => [`/api/workspaces/${ws}/commands`, json('POST', actorCommand())] },
  { name: 'POST commands (delete an event)', allowed: ['owner', 'editor'], request: (ws) => [`/api/workspaces/${ws}/commands`, json('POST', submitted({ label: 'delete', changes: [remove('events', event('nowhere'))] }))] },
  { name: 'POST commands (delete a source)', allowed: ['owner', 'editor'], request: (ws) => [`/api/workspaces/${ws}/commands`, json('POST', submitted({ label: 'delete', changes: [remove('sources', source('src-nowhere'))] }))] },
  { name: 'POST undo', allowed: ['owner', 'editor', 'reviewer'], request: (ws) => [`/api/workspaces/${ws}/commands/no-such-command/undo`, json('POST', { id: `undo-${++unique}-xxxxxxxx` })] },
  { name: 'GET members', allowed: ['owner'], request: (ws) => [`/api/workspaces/${ws}/members`, {}] },
  { name: 'POST members', allowed: ['owner'], request: (ws) => [`/api/workspaces/${ws}/members`, json('POST', { name: 'Newcomer', role: 'viewer' })] },
  { name: 'DELETE member', allowed: ['owner'], request: (ws) => [`/api/workspaces/${ws}/members/m_nobody`, { method: 'DELETE' }] },
];

describe.each(ENGINES)('HTTP API on $name', (engine) => {
  let db: Database;
  let drop: () => Promise<void>;
  let feed: ChangeFeed;
  let app: ReturnType<typeof createApp>;
  let ws: string;
  const tokens = {} as Record<Role, string>;
  let otherWorkspaceToken: string;

  const call = async (path: string, init: RequestInit, token: string | null) => {
    const headers = new Headers(init.headers);
    if (token) headers.set('authorization', `Bearer ${token}`);
    const response = await app.request(path, { ...init, headers });
    // A stream answers with its headers; reading its first event is enough to know it opened.
    if (response.headers.get('content-type')?.startsWith('text/event-stream')) {
      await response.body?.cancel();
      return { status: response.status, body: null };
    }
    return { status: response.status, body: (await response.json()) as { error?: { code: string; message: string; problems?: { path: string; message: string }[] } } };
  };

  beforeAll(async () => {
    ({ db, drop } = await engine.open());
    feed = await listenForChanges(db);
    app = createApp({ db, feed });
    const created = await createWorkspace(db, 'Harbour', 'Olga');
    ws = created.workspace.id;
    tokens.owner = created.token;
    for (const role of ['editor', 'reviewer', 'viewer'] as const) tokens[role] = (await insertMember(db, ws, role, role)).token;
    otherWorkspaceToken = (await createWorkspace(db, 'Elsewhere', 'Ivo')).token;
  }, 240_000);
  afterAll(async () => {
    await feed.close();
    await drop();
  });

  for (const endpoint of ENDPOINTS) {
    it(`${endpoint.name}: refused without a valid token, and to roles other than ${endpoint.allowed.join(', ')}`, async () => {
      const callers: Caller[] = [
        { token: null, label: 'no token' },
        { token: 'slt_wrong', label: 'a wrong token' },
        { token: otherWorkspaceToken, label: 'another workspace\u2019s token' },
      ];
      for (const caller of callers) {
        const [path, init] = endpoint.request(ws);
        const { status, body } = await call(path, init, caller.token);
        expect({ caller: caller.label, status, code: body?.error?.code }).toEqual({ caller: caller.label, status: 401, code: 'unauthorized' });
      }
      for (const role of ['owner', 'editor', 'reviewer', 'viewer'] as const) {
        const [path, init] = endpoint.request(ws);
        const { status } = await call(path, init, tokens[role]);
        if (endpoint.allowed.includes(role)) expect({ role, status }).not.toMatchObject({ status: expect.toSatisfy((s: number) => s === 401 || s === 403) });
        else expect({ role, status }).toEqual({ role, status: 403 });
      }
    });
  }

  it('answers a command with 201, its resend with 200, and a stale one with 409 and the current record', async () => {
    const command = submitted({ label: 'import', changes: [create('sources', source()), create('events', event('e1'))] });
    const first = await call(`/api/workspaces/${ws}/commands`, json('POST', command), tokens.editor);
    expect(first.status).toBe(201);
    const again = await call(`/api/workspaces/${ws}/commands`, json('POST', command), tokens.editor);
    expect(again).toMatchObject({ status: 200, body: { duplicate: true } });
    const stale = submitted({ label: 'reject', changes: [{ store: 'events', id: 'e1', before: { ...event('e1'), rev: 2, state: 'accepted' }, after: { ...event('e1'), rev: 3, state: 'rejected' } }] });
    const conflict = await call(`/api/workspaces/${ws}/commands`, json('POST', stale), tokens.reviewer);
    expect(conflict).toMatchObject({ status: 409, body: { error: { code: 'conflict', id: 'e1', current: { rev: 1, state: 'unreviewed' } } } });
    const pulled = await call(`/api/workspaces/${ws}/commands?after=0`, {}, tokens.viewer);
    expect(pulled.body).toMatchObject({ commands: expect.arrayContaining([expect.objectContaining({ id: command.id, by: 'editor', label: 'import' })]) });
  });

  it('names the field, the value and what is valid when a command does not parse', async () => {
    const bad = { ...submitted({ label: 'x', changes: [create('events', event('e9'))] }) };
    (bad.changes[0]!.after as { record: { when: string } }).record.when = 'next Tuesday';
    const { status, body } = await call(`/api/workspaces/${ws}/commands`, json('POST', bad), tokens.owner);
    expect(status).toBe(400);
    expect(body?.error?.problems?.[0]).toMatchObject({ path: 'changes[0].after.record.when', message: expect.stringContaining('"next Tuesday" is not a date in EDTF form') });
    const badId = await call(`/api/workspaces/${ws}/commands`, json('POST', { ...bad, id: 'a b' }), tokens.owner);
    expect(badId.body?.error?.problems?.map((p) => p.path)).toContain('id');
  });

  it('answers every error as JSON without a stack trace', async () => {
    const cases = [
      await call(`/api/workspaces/${ws}/commands`, { method: 'POST', body: '{not json' }, tokens.owner),
      await call(`/api/workspaces/${ws}/commands`, { method: 'POST', body: 'x'.repeat(BODY_LIMIT_BYTES + 1) }, tokens.owner),
      await call('/api/nothing-here', {}, null),
      await call('/api/workspaces', json('POST', { name: '' }), null),
      await call(`/api/workspaces/${ws}/commands?after=-1`, {}, tokens.owner),
    ];
    expect(cases.map((c) => [c.status, c.body?.error?.code])).toEqual([[400, 'invalid'], [413, 'too-large'], [404, 'not-found'], [400, 'invalid'], [400, 'invalid']]);
    for (const c of cases) expect(JSON.stringify(c.body)).not.toMatch(/\.ts:\d|\n\s+at /u);
  });

  it('gives a new member a token once and keeps only its hash', async () => {
    const { body } = await call(`/api/workspaces/${ws}/members`, json('POST', { name: 'Pia', role: 'reviewer' }), tokens.owner);
    const token = (body as unknown as { token: string }).token;
    expect(token).toMatch(/^slt_/u);
    const { rows } = await db.query<{ token_hash: string }>("select token_hash from members where name = 'Pia'");
    expect(rows[0]!.token_hash).not.toContain(token);
    expect((await call(`/api/workspaces/${ws}`, {}, token)).body).toMatchObject({ me: { name: 'Pia', role: 'reviewer' } });
  });

  it('streams the sequence number of each command committed in the workspace', async () => {
    const response = await app.request(`/api/workspaces/${ws}/stream`, { headers: { authorization: `Bearer ${tokens.viewer}` } });
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let text = '';
    while (!text.includes('event: ready')) text += (await reader.read()).value ?? '';
    const sent = await call(`/api/workspaces/${ws}/commands`, json('POST', actorCommand()), tokens.owner);
    const seq = (sent.body as unknown as { seq: number }).seq;
    while (!text.includes(`"seq":${seq}`)) text += (await reader.read()).value ?? '';
    await reader.cancel();
    expect(text).toContain(`event: seq\ndata: {"seq":${seq}}`);
  });
});
