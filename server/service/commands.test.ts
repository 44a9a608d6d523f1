import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { create, type Command } from '../../src/workspace/commands/command';
import { submittedCommandSchema } from '../../src/workspace/commands/commandSchema';
import { planEditEvent } from '../../src/workspace/commands/eventCommands';
import { overlayId, newOverlay } from '../../src/workspace/commands/overlays';
import { stateReader } from '../../src/workspace/commands/plan';
import { planReview } from '../../src/workspace/commands/reviewCommands';
import { planRemoveSource } from '../../src/workspace/commands/sourceCommands';
import type { Database } from '../db/database';
import { insertMember, type Member } from '../store/members';
import { readAllRecords } from '../store/records';
import { ENGINES } from '../testing/databases';
import { event, NOW, source, submitted, TEXT } from '../testing/fixtures';
import { runCommand, undoCommand, type CommandOutcome } from './commands';
import { createWorkspace } from './workspaces';

const ctx = { now: NOW, by: 'Ana' };

function appliedSeq(outcome: CommandOutcome): number {
  if (outcome.status !== 'applied') throw new Error(`expected applied, got ${JSON.stringify(outcome)}`);
  return outcome.seq;
}

describe.each(ENGINES)('commands on $name', (engine) => {
  let db: Database;
  let drop: () => Promise<void>;
  let ana: Member;
  let ben: Member;
  let rita: Member;
  const read = async () => stateReader(await readAllRecords(db, ana.workspaceId));

  beforeAll(async () => {
    ({ db, drop } = await engine.open());
  }, 240_000);
  afterAll(async () => drop());

  // Each test works in a workspace of its own.
  beforeEach(async () => {
    const ws = await createWorkspace(db, 'Harbour', 'Ana');
    ana = ws.member;
    ben = (await insertMember(db, ana.workspaceId, 'Ben', 'editor')).member;
    rita = (await insertMember(db, ana.workspaceId, 'Rita', 'reviewer')).member;
    appliedSeq(await runCommand(db, ana, submitted({ label: 'import', changes: [create('sources', source()), create('events', event('e1')), create('events', event('e2', 'Dock workers warn'))] })));
  });

  it('stores records as the browser made them, source text included, and numbers commands in order', async () => {
    const state = await readAllRecords(db, ana.workspaceId);
    expect(state.sources.get('src-port')?.source.text).toBe(TEXT);
    expect(state.events.get('e1')).toEqual(event('e1'));
    const accept = (await planReview(await read(), 'e1', { action: 'accept', expectedRev: 1 }, ctx, 'builtin')).command;
    expect(appliedSeq(await runCommand(db, rita, submitted(accept)))).toBe(2);
    expect((await readAllRecords(db, ana.workspaceId)).events.get('e1')).toMatchObject({ rev: 2, state: 'accepted' });
  });

  it('refuses a change made on an older revision as a conflict carrying the current record', async () => {
    const edit = (title: string) => planEditEvent(stateReader(stateBefore), { owner: 'workspace', eventId: 'e1', expectedRev: 1 }, { title }, ctx);
    const stateBefore = await readAllRecords(db, ana.workspaceId);
    appliedSeq(await runCommand(db, ana, submitted(await edit('Strike called'))));
    const second = await runCommand(db, ben, submitted(await edit('Strike announced')));
    expect(second).toMatchObject({ status: 'conflict', store: 'events', id: 'e1', expectedRev: 1, current: { rev: 2, record: { title: 'Strike called' } } });
    expect((await readAllRecords(db, ana.workspaceId)).events.get('e1')?.record.title).toBe('Strike called');
  });

  it('applies a resent command once and answers the resend with the first result', async () => {
    const accept = submitted((await planReview(await read(), 'e1', { action: 'accept', expectedRev: 1 }, ctx, 'builtin')).command);
    const first = await runCommand(db, ana, accept);
    const again = await runCommand(db, ana, accept);
    expect(again).toMatchObject({ status: 'applied', duplicate: true, seq: appliedSeq(first) });
    const { rows } = await db.query<{ n: number }>('select count(*)::int as n from commands where workspace_id = $1', [ana.workspaceId]);
    expect(rows[0]!.n).toBe(2);
  });

  it('applies a command whole or not at all', async () => {
    const state = await readAllRecords(db, ana.workspaceId);
    const e2 = state.events.get('e2')!;
    const command: Command = { label: 'two edits, one stale', changes: [
      { store: 'events', id: 'e1', before: state.events.get('e1')!, after: { ...state.events.get('e1')!, rev: 2, state: 'accepted' } },
      { store: 'events', id: 'e2', before: { ...e2, rev: 7, state: 'accepted' }, after: { ...e2, rev: 8, state: 'rejected' } },
    ] };
    expect(await runCommand(db, ana, submitted(command))).toMatchObject({ status: 'conflict', id: 'e2' });
    expect((await readAllRecords(db, ana.workspaceId)).events.get('e1')?.state).toBe('unreviewed');
  });

  it('undoes one\u2019s own change, refuses another\u2019s, and refuses when someone changed the record since', async () => {
    const accept = submitted((await planReview(await read(), 'e1', { action: 'accept', expectedRev: 1 }, ctx, 'builtin')).command);
    appliedSeq(await runCommand(db, ana, accept));
    expect(await undoCommand(db, ben, accept.id, 'undo-by-ben-1')).toMatchObject({ status: 'refused', code: 'forbidden' });
    const edit = await planEditEvent(await read(), { owner: 'workspace', eventId: 'e1', expectedRev: 2 }, { note: 'Checked with the port' }, ctx);
    appliedSeq(await runCommand(db, ben, submitted(edit)));
    expect(await undoCommand(db, ana, accept.id, 'undo-by-ana-1')).toMatchObject({ status: 'conflict', id: 'e1', current: { rev: 3 } });

    const reject = submitted((await planReview(await read(), 'e2', { action: 'reject', expectedRev: 1 }, ctx, 'builtin')).command);
    appliedSeq(await runCommand(db, ana, reject));
    appliedSeq(await undoCommand(db, ana, reject.id, 'undo-by-ana-2'));
    expect((await readAllRecords(db, ana.workspaceId)).events.get('e2')).toMatchObject({ state: 'unreviewed', rev: 3 });
    expect(await undoCommand(db, ana, reject.id, 'undo-by-ana-3')).toMatchObject({ status: 'refused', code: 'invalid' });
    // The undo is itself a change of Ana's: undoing it redoes the rejection.
    appliedSeq(await undoCommand(db, ana, 'undo-by-ana-2', 'undo-by-ana-4'));
    expect((await readAllRecords(db, ana.workspaceId)).events.get('e2')).toMatchObject({ state: 'rejected', rev: 4 });
  });

  it('refuses what a role does not allow, before touching anything', async () => {
    const removal = (await planRemoveSource(await read(), 'src-port', 1, ctx)).command;
    expect(await runCommand(db, rita, submitted(removal))).toMatchObject({ status: 'refused', code: 'forbidden', message: expect.stringContaining('reviewer cannot delete sources') });
    const viewer = (await insertMember(db, ana.workspaceId, 'Vic', 'viewer')).member;
    const accept = (await planReview(await read(), 'e1', { action: 'accept', expectedRev: 1 }, ctx, 'builtin')).command;
    expect(await runCommand(db, viewer, submitted(accept))).toMatchObject({ status: 'refused', code: 'forbidden' });
    appliedSeq(await runCommand(db, ben, submitted(removal)));
    expect((await readAllRecords(db, ana.workspaceId)).events.size).toBe(0);
  });

  it('keeps a source text once however many workspaces and commands carry it', async () => {
    const other = await createWorkspace(db, 'Second team', 'Oleg');
    appliedSeq(await runCommand(db, other.member, submitted({ label: 'import', changes: [create('sources', source())] })));
    const { rows } = await db.query<{ hash: string }>("select distinct text_hash as hash from sources where id = 'src-port' and workspace_id = any($1)", [[ana.workspaceId, other.workspace.id]]);
    expect(rows).toHaveLength(1);
    const { rows: texts } = await db.query<{ n: number }>('select count(*)::int as n from source_texts where text_json = $1', [JSON.stringify(TEXT)]);
    expect(texts[0]!.n).toBe(1);
    const { rows: logged } = await db.query<{ changes: string }>('select changes from commands where workspace_id = $1', [other.workspace.id]);
    for (const r of logged) expect(r.changes).not.toContain('dock workers');
  });

  it('keeps ids with NUL separators and lone surrogates exactly', async () => {
    const overlay = { ...newOverlay('https://example.org/a.json', 'treaty', NOW), removedEvidence: ['src\u0000x\u00003\u000015'] };
    const odd = source('src-odd', 'broken \uD83D pair');
    appliedSeq(await runCommand(db, ana, submitted({ label: 'odd', changes: [create('overlays', overlay), create('sources', odd)] })));
    const state = await readAllRecords(db, ana.workspaceId);
    expect(state.overlays.get(overlayId('https://example.org/a.json', 'treaty'))).toEqual({ ...overlay, rev: 1 });
    expect(state.sources.get('src-odd')?.source.text).toBe('broken \uD83D pair');
  });

  it('keeps revisions counting up in the database whatever the application sends', async () => {
    await expect(db.query("update events set rev = 1 where id = 'e1' and workspace_id = $1", [ana.workspaceId])).rejects.toMatchObject({ code: 'SL409' });
  });

  it('accepts every planned command through the wire schema unchanged', async () => {
    const accept = submitted((await planReview(await read(), 'e1', { action: 'merge', expectedRev: 1, targetEventId: 'e2' }, ctx, 'builtin')).command);
    const parsed = submittedCommandSchema.safeParse(JSON.parse(JSON.stringify(accept)));
    expect(parsed.success && parsed.data).toEqual(accept);
  });
});
