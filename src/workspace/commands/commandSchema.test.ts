import { describe, expect, it } from 'vitest';
import { describeIssue } from '../../domain/describeIssue';
import type { StoredEvent } from '../types';
import { update } from './command';
import { submittedCommandSchema } from './commandSchema';

const NOW = '2025-09-01T12:00:00.000Z';
const stored: StoredEvent = {
  id: 'e1', rev: 1, sourceId: 's', state: 'unreviewed', proposed: null, updatedAt: NOW,
  record: { id: 'e1', title: 'Strike', when: '2025-03-04', kind: 'occurrence', actors: [], tags: [], evidence: [], relations: [], review: { status: 'unreviewed' } },
};
const command = { id: 'cmd-12345678', label: 'accept', changes: [update('events', stored, { ...stored, state: 'accepted' })] };

describe('commands on the wire', () => {
  it('pass through unchanged', () => {
    expect(submittedCommandSchema.parse(JSON.parse(JSON.stringify(command)))).toEqual(command);
  });

  it('refuse a record field this version does not know, rather than drop it', () => {
    const extra = { ...command, changes: [{ ...command.changes[0], after: { ...command.changes[0]!.after, pinned: true } }] };
    const result = submittedCommandSchema.safeParse(extra);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), describeIssue(i)])).toEqual([['changes.0.after', expect.stringContaining('pinned')]]);
  });

  it('refuse a change whose record is another one', () => {
    const other = { ...command, changes: [{ ...command.changes[0], id: 'e2' }] };
    const result = submittedCommandSchema.safeParse(other);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['changes.0.before.id', 'changes.0.after.id']);
  });
});
