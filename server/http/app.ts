import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { submittedCommandSchema } from '../../src/workspace/commands/commandSchema';
import { mayManageMembers, type Role } from '../auth/access';
import { bearerToken } from '../auth/tokens';
import type { Database } from '../db/database';
import { runCommand, undoCommand, type CommandOutcome } from '../service/commands';
import { createWorkspace } from '../service/workspaces';
import { commandsAfter, currentSeq } from '../store/commandLog';
import { countOwners, findMemberByToken, findWorkspace, insertMember, listMembers, revokeMember, type Member } from '../store/members';
import { readAllRecords } from '../store/records';
import { invalidBody, jsonError } from './errors';
import { addMemberSchema, afterQuerySchema, BODY_LIMIT_BYTES, createWorkspaceSchema, undoSchema } from './schemas';
import { streamChanges, type ChangeFeed } from './stream';

/**
 * The HTTP API. Routes validate at the edge and call one service function each; every
 * workspace route first finds the member by their token and checks their role.
 */

export interface AppOptions {
  readonly db: Database;
  /** When set, creating a workspace needs this token; unset, anyone who reaches the server may. */
  readonly adminToken?: string;
  readonly feed: ChangeFeed;
}

type Env = { Variables: { member: Member } };

async function readJson(c: Context): Promise<{ ok: true; value: unknown } | { ok: false; response: Response }> {
  try {
    return { ok: true, value: await c.req.json() };
  } catch {
    return { ok: false, response: jsonError(c, 400, 'invalid', 'The request body is not JSON.') };
  }
}

function outcomeResponse(c: Context, outcome: CommandOutcome) {
  switch (outcome.status) {
    case 'applied':
      return c.json(outcome, outcome.duplicate ? 200 : 201);
    case 'conflict':
      return jsonError(c, 409, 'conflict', outcome.message, { store: outcome.store, id: outcome.id, expectedRev: outcome.expectedRev, current: outcome.current });
    case 'refused':
      return jsonError(c, outcome.code === 'forbidden' ? 403 : outcome.code === 'not-found' ? 404 : 400, outcome.code, outcome.message);
  }
}

export function createApp({ db, adminToken, feed }: AppOptions): Hono {
  const app = new Hono();
  app.onError((e, c) => {
    // The cause goes to the server's log; the client learns only that it was not its fault.
    console.error(e);
    return jsonError(c, 500, 'internal', 'The server could not complete the request; nothing was changed by it. Try again.');
  });
  app.notFound((c) => jsonError(c, 404, 'not-found', `There is no ${c.req.method} ${new URL(c.req.url).pathname}.`));
  app.use('/api/*', bodyLimit({
    maxSize: BODY_LIMIT_BYTES,
    onError: (c) => jsonError(c, 413, 'too-large', `The request body is larger than the ${BODY_LIMIT_BYTES / 1024 / 1024} MB this server accepts.`),
  }));

  app.get('/api/health', async (c) => {
    await db.query('select 1');
    return c.json({ ok: true, engine: db.engine });
  });

  app.post('/api/workspaces', async (c) => {
    if (adminToken && bearerToken(c.req.header('authorization')) !== adminToken) {
      return jsonError(c, 401, 'unauthorized', 'Creating a workspace on this server needs its admin token (Authorization: Bearer …).');
    }
    const body = await readJson(c);
    if (!body.ok) return body.response;
    const parsed = createWorkspaceSchema.safeParse(body.value);
    if (!parsed.success) return invalidBody(c, parsed.error, 'workspace');
    return c.json(await createWorkspace(db, parsed.data.name, parsed.data.ownerName), 201);
  });

  const ws = new Hono<Env>();
  ws.use('*', async (c, next) => {
    const token = bearerToken(c.req.header('authorization'));
    if (!token) return jsonError(c, 401, 'unauthorized', 'This request needs a member token (Authorization: Bearer …).');
    const member = await findMemberByToken(db, token);
    // One answer for a wrong token and for another workspace's: neither tells which workspaces exist.
    if (!member || member.workspaceId !== c.req.param('ws')) return jsonError(c, 401, 'unauthorized', 'The token is not valid for this workspace.');
    c.set('member', member);
    await next();
  });
  const requireRole = (c: Context<Env>, allowed: (role: Role) => boolean, what: string) =>
    allowed(c.get('member').role) ? null : jsonError(c, 403, 'forbidden', `Not allowed: a ${c.get('member').role} cannot ${what}.`);

  ws.get('/', async (c) => {
    const member = c.get('member');
    const workspace = await findWorkspace(db, member.workspaceId);
    return c.json({ workspace, me: member, seq: await currentSeq(db, member.workspaceId) });
  });

  ws.get('/records', async (c) => {
    const workspaceId = c.get('member').workspaceId;
    // The sequence number first: a command committed while reading is pulled again, never missed.
    const seq = await currentSeq(db, workspaceId);
    const state = await readAllRecords(db, workspaceId);
    return c.json({ seq, records: Object.fromEntries(Object.entries(state).map(([store, m]) => [store, [...(m as Map<string, unknown>).values()]])) });
  });

  ws.get('/commands', async (c) => {
    const parsed = afterQuerySchema.safeParse(c.req.query());
    if (!parsed.success) return invalidBody(c, parsed.error, 'query');
    const workspaceId = c.get('member').workspaceId;
    const commands = await commandsAfter(db, workspaceId, parsed.data.after, parsed.data.limit);
    return c.json({ commands, seq: await currentSeq(db, workspaceId) });
  });

  ws.post('/commands', async (c) => {
    const body = await readJson(c);
    if (!body.ok) return body.response;
    const parsed = submittedCommandSchema.safeParse(body.value);
    if (!parsed.success) return invalidBody(c, parsed.error, 'command');
    return outcomeResponse(c, await runCommand(db, c.get('member'), parsed.data as never));
  });

  ws.post('/commands/:id/undo', async (c) => {
    const body = await readJson(c);
    if (!body.ok) return body.response;
    const parsed = undoSchema.safeParse(body.value);
    if (!parsed.success) return invalidBody(c, parsed.error, 'undo request');
    return outcomeResponse(c, await undoCommand(db, c.get('member'), c.req.param('id'), parsed.data.id));
  });

  ws.get('/stream', (c) => streamChanges(c, feed, c.get('member').workspaceId));

  ws.get('/members', async (c) => {
    return requireRole(c, mayManageMembers, 'list members') ?? c.json({ members: await listMembers(db, c.get('member').workspaceId) });
  });

  ws.post('/members', async (c) => {
    const refused = requireRole(c, mayManageMembers, 'add members');
    if (refused) return refused;
    const body = await readJson(c);
    if (!body.ok) return body.response;
    const parsed = addMemberSchema.safeParse(body.value);
    if (!parsed.success) return invalidBody(c, parsed.error, 'member');
    return c.json(await insertMember(db, c.get('member').workspaceId, parsed.data.name, parsed.data.role), 201);
  });

  ws.delete('/members/:memberId', async (c) => {
    const refused = requireRole(c, mayManageMembers, 'remove members');
    if (refused) return refused;
    const workspaceId = c.get('member').workspaceId;
    const memberId = c.req.param('memberId');
    const outcome = await db.transaction(async (tx) => {
      const target = (await listMembers(tx, workspaceId)).find((m) => m.id === memberId);
      if (!target) return 'not-found' as const;
      if (target.role === 'owner' && (await countOwners(tx, workspaceId)) <= 1) return 'last-owner' as const;
      await revokeMember(tx, workspaceId, memberId);
      return 'removed' as const;
    });
    if (outcome === 'not-found') return jsonError(c, 404, 'not-found', `There is no member "${memberId}" in this workspace.`);
    if (outcome === 'last-owner') return jsonError(c, 400, 'invalid', 'The last owner cannot be removed: make another member owner first.');
    return c.json({ removed: memberId });
  });

  app.route('/api/workspaces/:ws', ws);
  return app;
}
