import { describe, expect, it } from 'vitest';
import { stepEvent } from './navigation';

describe('stepEvent', () => {
  const visible = Uint32Array.from([2, 5, 9]);
  it('starts at the first or last event when nothing is selected', () => {
    expect(stepEvent(visible, null, 1)).toBe(2);
    expect(stepEvent(visible, null, -1)).toBe(9);
  });
  it('moves to the neighbour in time', () => {
    expect(stepEvent(visible, 5, 1)).toBe(9);
    expect(stepEvent(visible, 5, -1)).toBe(2);
  });
  it('stays at the ends', () => {
    expect(stepEvent(visible, 9, 1)).toBe(9);
    expect(stepEvent(visible, 2, -1)).toBe(2);
  });
  it('steps from a selection hidden by a filter to its visible neighbours', () => {
    expect(stepEvent(visible, 6, 1)).toBe(9);
    expect(stepEvent(visible, 6, -1)).toBe(5);
  });
  it('returns null when nothing is visible', () => {
    expect(stepEvent(new Uint32Array(), 3, 1)).toBeNull();
  });
});
