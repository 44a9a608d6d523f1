import { describe, expect, it } from 'vitest';
import { create, remove, update, type RecordChange } from '../../src/workspace/commands/command';
import { newOverlay } from '../../src/workspace/commands/overlays';
import { event, NOW, source } from '../testing/fixtures';
import { changeRefusal, commandRefusal } from './access';
import { bearerToken, hashToken } from './tokens';

const overlay = { ...newOverlay('builtin', 'treaty', NOW), rev: 1 };
const actor = { id: 'a1', rev: 1, actor: { id: 'a1', name: 'Port', aliases: [] }, updatedAt: NOW };

/** Each kind of change, and whether a reviewer may make it. */
const CASES: readonly [string, RecordChange, boolean][] = [
  ['accept or edit a candidate', update('events', event('e1'), { ...event('e1'), state: 'accepted' }), true],
  ['delete an event', remove('events', event('e1')), false],
  ['create an event', create('events', event('e2')), false],
  ['edit a dataset event (overlay)', create('overlays', { ...overlay, patch: { note: 'n' } }), true],
  ['delete a dataset event (overlay marked deleted)', update('overlays', overlay, { ...overlay, deleted: true }), false],
  ['revert a dataset event (overlay removed)', remove('overlays', overlay), false],
  ['add an actor from the review editor', create('actors', actor), true],
  ['rename an actor', update('actors', actor, { ...actor, actor: { ...actor.actor, name: 'Harbour' } }), false],
  ['correct a source', update('sources', source(), { ...source(), source: { ...source().source, title: 'New' } }), false],
  ['delete a source', remove('sources', source()), false],
  ['change a story', create('stories', { id: 'builtin', scenes: [], updatedAt: NOW }), false],
];

describe('roles', () => {
  it.each(CASES)('a reviewer may %s: %s', (_what, change, allowed) => {
    expect(changeRefusal('reviewer', change) === null).toBe(allowed);
  });

  it('owners and editors may make every change; viewers none', () => {
    for (const [, change] of CASES) {
      expect(changeRefusal('owner', change)).toBeNull();
      expect(changeRefusal('editor', change)).toBeNull();
      expect(changeRefusal('viewer', change)).toMatch(/viewer/u);
    }
  });

  it('refuses a whole command for one change the role may not make', () => {
    const changes = [CASES[0]![1], CASES[1]![1]];
    expect(commandRefusal('reviewer', { label: 'x', changes })).toBe('a reviewer cannot delete events');
    expect(commandRefusal('editor', { label: 'x', changes })).toBeNull();
  });
});

describe('tokens', () => {
  it('reads a bearer token and nothing else', () => {
    expect(bearerToken('Bearer slt_abc')).toBe('slt_abc');
    expect(bearerToken('bearer   slt_abc ')).toBe('slt_abc');
    expect(bearerToken('Basic slt_abc')).toBeNull();
    expect(bearerToken(undefined)).toBeNull();
    expect(bearerToken(`Bearer ${'x'.repeat(201)}`)).toBeNull();
  });

  it('stores a token as its SHA-256', () => {
    expect(hashToken('slt_abc')).toMatch(/^[0-9a-f]{64}$/u);
    expect(hashToken('slt_abc')).not.toBe(hashToken('slt_abd'));
  });
});
