import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../workspace';
import { nextUndecided, reviewCommandFor, stepIndex } from './reviewKeys';

const ev = (state: StoredEvent['state']) => ({ state }) as StoredEvent;
const key = (k: string, mods: Partial<KeyboardEvent> = {}) => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods });

describe('reviewCommandFor', () => {
  it('maps single keys to decisions, either case, and ignores chords', () => {
    expect(reviewCommandFor(key('a'))).toBe('accept');
    expect(reviewCommandFor(key('R'))).toBe('reject');
    expect(reviewCommandFor(key('Enter'))).toBe('edit');
    expect(reviewCommandFor(key('m'))).toBe('merge');
    expect(reviewCommandFor(key('a', { ctrlKey: true }))).toBeNull();
    expect(reviewCommandFor(key('x'))).toBeNull();
  });
});

describe('nextUndecided', () => {
  it('moves on to the next candidate still to review, wrapping to earlier ones', () => {
    const list = [ev('unreviewed'), ev('accepted'), ev('unreviewed'), ev('rejected')];
    expect(nextUndecided(list, 0)).toBe(2);
    expect(nextUndecided(list, 2)).toBe(0);
    expect(nextUndecided([ev('accepted'), ev('accepted')], 1)).toBe(1);
  });
});

describe('stepIndex', () => {
  it('stays within the list', () => {
    expect(stepIndex('next', 2, 3)).toBe(2);
    expect(stepIndex('previous', 0, 3)).toBe(0);
    expect(stepIndex('previous', -1, 3)).toBe(0);
    expect(stepIndex('last', 0, 3)).toBe(2);
    expect(stepIndex('first', 0, 0)).toBe(-1);
  });
});
