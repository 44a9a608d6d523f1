import { describe, expect, it } from 'vitest';
import { centredScrollTop } from './scrollWithin';

describe('centredScrollTop', () => {
  const container = { top: 100, height: 300, scrollTop: 0, scrollHeight: 2000 };

  it('leaves an element that is already in view where it is', () => {
    expect(centredScrollTop(container, { top: 150, height: 40 })).toBeNull();
  });

  it('centres an element below the view', () => {
    // 1000px below the container's top; centred means 130px above and below it.
    expect(centredScrollTop(container, { top: 1100, height: 40 })).toBe(1000 - 130);
  });

  it('centres an element above the view', () => {
    expect(centredScrollTop({ ...container, scrollTop: 900 }, { top: 50, height: 40 })).toBe(900 - 50 - 130);
  });

  it('centres a partly visible element', () => {
    expect(centredScrollTop(container, { top: 380, height: 40 })).toBe(280 - 130);
  });

  it('shows the beginning of an element taller than the pane', () => {
    expect(centredScrollTop(container, { top: 600, height: 900 })).toBe(500 - 8);
  });

  it('never scrolls past either end', () => {
    expect(centredScrollTop(container, { top: 2050, height: 40 })).toBe(1700);
    expect(centredScrollTop({ ...container, scrollTop: 100 }, { top: 95, height: 20 })).toBe(0);
  });
});
