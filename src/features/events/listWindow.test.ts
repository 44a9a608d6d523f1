import { describe, expect, it } from 'vitest';
import { eventForKey, isListKey, lowerBound, rowOf, rowsInView, scrollTopToReveal } from './listWindow';

describe('rowsInView', () => {
  it('covers the viewport plus a few rows either side', () => {
    expect(rowsInView(0, 300, 50, 1000, 2)).toEqual({ start: 0, end: 8 });
    expect(rowsInView(1000, 300, 50, 1000, 2)).toEqual({ start: 18, end: 28 });
  });

  it('stops at the ends of the list', () => {
    expect(rowsInView(49_700, 300, 50, 1000, 4)).toEqual({ start: 990, end: 1000 });
    expect(rowsInView(0, 300, 50, 3)).toEqual({ start: 0, end: 3 });
    expect(rowsInView(0, 300, 50, 0)).toEqual({ start: 0, end: 0 });
  });

  it('renders a bounded number of rows for 100,000 events', () => {
    const r = rowsInView(2_500_000, 330, 52, 100_000);
    expect(r.end - r.start).toBeLessThan(20);
  });

  it('still renders a row before the viewport has been measured', () => {
    expect(rowsInView(0, 0, 50, 10, 0)).toEqual({ start: 0, end: 1 });
  });
});

describe('scrollTopToReveal', () => {
  it('does not move when the row is already in view', () => {
    expect(scrollTopToReveal(3, 50, 100, 300)).toBe(100);
  });
  it('scrolls up to a row above the view and down to a row below it, by as little as needed', () => {
    expect(scrollTopToReveal(1, 50, 100, 300)).toBe(50);
    expect(scrollTopToReveal(10, 50, 100, 300)).toBe(250);
  });
});

describe('rows and keys', () => {
  const visible = Uint32Array.from([2, 5, 7, 11, 13]);

  it('finds the row of a shown event, and -1 for a hidden one', () => {
    expect(lowerBound(visible, 7)).toBe(2);
    expect(lowerBound(visible, 8)).toBe(3);
    expect(rowOf(visible, 11)).toBe(3);
    expect(rowOf(visible, 6)).toBe(-1);
    expect(rowOf(visible, null)).toBe(-1);
  });

  it('moves one row with the arrows, and to the ends with Home and End', () => {
    expect(eventForKey('ArrowDown', visible, 5, 5)).toBe(7);
    expect(eventForKey('ArrowUp', visible, 5, 5)).toBe(2);
    expect(eventForKey('ArrowUp', visible, 2, 5)).toBe(2);
    expect(eventForKey('ArrowDown', visible, 13, 5)).toBe(13);
    expect(eventForKey('Home', visible, 11, 5)).toBe(2);
    expect(eventForKey('End', visible, 2, 5)).toBe(13);
  });

  it('starts at the first or last event when nothing is selected', () => {
    expect(eventForKey('ArrowDown', visible, null, 5)).toBe(2);
    expect(eventForKey('ArrowUp', visible, null, 5)).toBe(13);
  });

  it('moves from where a filtered-out selection would sit', () => {
    expect(eventForKey('ArrowDown', visible, 6, 5)).toBe(7);
    expect(eventForKey('ArrowUp', visible, 6, 5)).toBe(5);
  });

  it('pages by one screen less a row, clamped to the list', () => {
    expect(eventForKey('PageDown', visible, 2, 3)).toBe(7);
    expect(eventForKey('PageDown', visible, 11, 3)).toBe(13);
    expect(eventForKey('PageUp', visible, 13, 3)).toBe(7);
    expect(eventForKey('PageUp', visible, 5, 3)).toBe(2);
  });

  it('has nothing to move to in an empty list', () => {
    expect(eventForKey('Home', new Uint32Array(0), null, 5)).toBeNull();
  });

  it('knows which keys are its own (left and right belong to the global shortcuts)', () => {
    expect(['ArrowDown', 'ArrowUp', 'Home', 'End', 'PageDown', 'PageUp'].every(isListKey)).toBe(true);
    expect(isListKey('ArrowLeft')).toBe(false);
    expect(isListKey('ArrowRight')).toBe(false);
  });
});
