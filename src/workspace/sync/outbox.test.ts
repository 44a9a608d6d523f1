import { describe, expect, it } from 'vitest';
import { update, type Command } from '../commands/command';
import type { StoredEvent } from '../types';
import { dismissConflict, EMPTY_OUTBOX, enqueue, pulledUpTo, settle } from './outbox';

const NOW = '2025-09-01T12:00:00.000Z';
const stored: StoredEvent = {
  id: 'e1', rev: 1, sourceId: 's', state: 'unreviewed', proposed: null, updatedAt: NOW,
  record: { id: 'e1', title: 'Strike', when: '2025-03-04', kind: 'occurrence', actors: [], tags: [], evidence: [], relations: [], review: { status: 'unreviewed' } },
};
const accept: Command = { label: 'accept “Strike”', changes: [update('events', stored, { ...stored, state: 'accepted' })] };

describe('the outbox', () => {
  it('keeps commands in the order they were made, each once', () => {
    let s = enqueue(EMPTY_OUTBOX, { id: 'a', command: accept, madeAt: NOW });
    s = enqueue(s, { id: 'b', command: accept, madeAt: NOW });
    s = enqueue(s, { id: 'a', command: accept, madeAt: NOW });
    expect(s.pending.map((p) => p.id)).toEqual(['a', 'b']);
  });

  it('drops an applied command and turns a conflict into both versions, never dropping it', () => {
    let s = enqueue(enqueue(EMPTY_OUTBOX, { id: 'a', command: accept, madeAt: NOW }), { id: 'b', command: accept, madeAt: NOW });
    s = settle(s, 'a', { kind: 'applied', seq: 4, changes: [] });
    const theirs = { ...stored, rev: 2, state: 'rejected' as const };
    s = settle(s, 'b', { kind: 'conflict', message: 'changed meanwhile', store: 'events', id: 'e1', current: theirs });
    expect(s.pending).toEqual([]);
    expect(s.conflicts).toEqual([{ id: 'b', label: 'accept “Strike”', message: 'changed meanwhile', store: 'events', recordId: 'e1', mine: { ...stored, rev: 2, state: 'accepted' }, theirs }]);
    expect(dismissConflict(s, 'b').conflicts).toEqual([]);
  });

  it('keeps a refused command as a conflict against the version it was made on', () => {
    const s = settle(enqueue(EMPTY_OUTBOX, { id: 'a', command: accept, madeAt: NOW }), 'a', { kind: 'refused', message: 'Not allowed' });
    expect(s.conflicts[0]).toMatchObject({ message: 'Not allowed', theirs: stored, mine: { state: 'accepted' } });
  });

  it('only moves the pulled sequence number forward', () => {
    expect(pulledUpTo(pulledUpTo(EMPTY_OUTBOX, 7), 3).seq).toBe(7);
  });
});
