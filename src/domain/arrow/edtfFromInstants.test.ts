import { describe, expect, it } from 'vitest';
import { edtfFromInstants } from './edtfFromInstants';

describe('edtfFromInstants', () => {
  it.each([
    [Date.UTC(1945, 0, 1), null, 'year', '1945'],
    [Date.UTC(1945, 0, 1), Date.UTC(1946, 0, 1), 'year', '1945'],
    [Date.UTC(1914, 0, 1), Date.UTC(1919, 0, 1), 'year', '1914/1918'],
    [Date.UTC(2150, 7, 1), null, 'month', '2150-08'],
    [Date.UTC(1812, 5, 24), null, null, '1812-06-24'],
    [Date.UTC(1969, 11, 31, 23, 59), null, null, '1969-12-31T23:59Z'],
    [Date.UTC(2025, 7, 12, 10, 15), Date.UTC(2025, 7, 12, 10, 16), 'minute', '2025-08-12T10:15Z'],
    [Date.UTC(2025, 7, 12), Date.UTC(2025, 7, 15), 'day', '2025-08-12/2025-08-14'],
    [Date.UTC(-44, 2, 15), null, 'day', '-0044-03-15'],
  ])('start %d, end %s, precision %s → %s', (start, end, precision, expected) => {
    expect(edtfFromInstants(start, end, precision)).toBe(expected);
  });

  it('gives nothing without a start, so the schema reports the date as missing', () => {
    expect(edtfFromInstants(null, Date.UTC(2025, 0, 1), 'day')).toBeUndefined();
  });

  it('ignores a precision it does not know and falls back to the instant', () => {
    expect(edtfFromInstants(Date.UTC(2025, 0, 1), null, 'fortnight')).toBe('2025-01-01');
  });
});
