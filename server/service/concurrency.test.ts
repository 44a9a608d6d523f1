import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { create } from '../../src/workspace/commands/command';
import { planEditEvent } from '../../src/workspace/commands/eventCommands';
import { stateReader } from '../../src/workspace/commands/plan';
import type { Database } from '../db/database';
import { insertMember, type Member } from '../store/members';
import { readAllRecords } from '../store/records';
import { ENGINES } from '../testing/databases';
import { event, NOW, source, submitted } from '../testing/fixtures';
import { runCommand } from './commands';
import { createWorkspace } from './workspaces';

/**
 * Many analysts at once. On PGlite requests queue on one connection; on PostgreSQL they
 * race on a pool of connections, which is where row locks and the revision rule earn their keep.
 */

describe.each(ENGINES)('concurrent commands on $name', (engine) => {
  let db: Database;
  let drop: () => Promise<void>;
  let members: Member[];

  beforeAll(async () => {
    ({ db, drop } = await engine.open());
    const { member } = await createWorkspace(db, 'Race', 'Ana');
    members = [member];
    for (let i = 1; i < 10; i++) members.push((await insertMember(db, member.workspaceId, `Analyst ${i}`, 'editor')).member);
    await runCommand(db, member, submitted({ label: 'import', changes: [create('sources', source()), create('events', event('e1'))] }));
  }, 240_000);
  afterAll(async () => drop());

  it('lets exactly one of ten edits made on the same revision land; the others are conflicts', async () => {
    const base = await readAllRecords(db, members[0]!.workspaceId);
    const commands = await Promise.all(members.map((m, i) =>
      planEditEvent(stateReader(base), { owner: 'workspace', eventId: 'e1', expectedRev: 1 }, { title: `Title by ${i}` }, { now: NOW, by: m.name })));
    const outcomes = await Promise.all(commands.map((c, i) => runCommand(db, members[i]!, submitted(c))));
    expect(outcomes.filter((o) => o.status === 'applied')).toHaveLength(1);
    expect(outcomes.filter((o) => o.status === 'conflict')).toHaveLength(9);
    const winner = outcomes.findIndex((o) => o.status === 'applied');
    expect((await readAllRecords(db, members[0]!.workspaceId)).events.get('e1')?.record.title).toBe(`Title by ${winner}`);
  });

  it('applies one command sent ten times at once exactly once', async () => {
    const base = await readAllRecords(db, members[0]!.workspaceId);
    const rev = base.events.get('e1')!.rev;
    const command = submitted(await planEditEvent(stateReader(base), { owner: 'workspace', eventId: 'e1', expectedRev: rev }, { note: 'once' }, { now: NOW }));
    const outcomes = await Promise.all(Array.from({ length: 10 }, () => runCommand(db, members[1]!, command)));
    expect(outcomes.every((o) => o.status === 'applied')).toBe(true);
    expect(outcomes.filter((o) => o.status === 'applied' && !o.duplicate)).toHaveLength(1);
    const { rows } = await db.query<{ n: number }>('select count(*)::int as n from commands where id = $1', [command.id]);
    expect(rows[0]!.n).toBe(1);
    expect((await readAllRecords(db, members[0]!.workspaceId)).events.get('e1')?.rev).toBe(rev + 1);
  });

  it('numbers commands without gaps in the order they commit', async () => {
    const { rows } = await db.query<{ seq: string }>('select seq from commands where workspace_id = $1 order by seq', [members[0]!.workspaceId]);
    expect(rows.map((r) => Number(r.seq))).toEqual(rows.map((_, i) => i + 1));
  });
});
