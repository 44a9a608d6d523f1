import { describe, expect, it } from 'vitest';
import { isoToPublished } from '../../import';
import { checkPublished, fieldsFromProposal } from './publishedForm';

describe('fieldsFromProposal', () => {
  it('lays a proposal out as date, time and zone', () => {
    const p = isoToPublished('2025-08-13T10:15:00+03:00', { why: 'meta', confidence: 1 });
    expect(fieldsFromProposal(p)).toEqual({ date: '2025-08-13', time: '10:15', zone: '+03:00' });
  });
  it('leaves everything empty without a proposal', () => {
    expect(fieldsFromProposal(null)).toEqual({ date: '', time: '', zone: '' });
  });
});

describe('checkPublished', () => {
  it('reads a named zone with the offset in force on that day', () => {
    expect(checkPublished({ date: '2025-08-13', time: '10:15', zone: 'Europe/Moscow' })).toEqual({
      ok: true, published: '2025-08-13T10:15+03:00', publishedZone: 'Europe/Moscow', reference: '2025-08-13T10:15+03:00', assumed: [],
    });
    const winter2012 = checkPublished({ date: '2012-01-10', time: '09:00', zone: 'Europe/Moscow' });
    expect(winter2012.ok && winter2012.published).toBe('2012-01-10T09:00+04:00');
  });
  it('keeps the day alone when no time is given, and extracts against noon (time assumed)', () => {
    const r = checkPublished({ date: '2025-08-13', time: '', zone: '-05:00' });
    expect(r).toEqual({ ok: true, published: '2025-08-13', publishedZone: null, reference: '2025-08-13T12:00-05:00', assumed: ['time'] });
  });
  it('writes UTC as Z', () => {
    const r = checkPublished({ date: '2025-08-13', time: '07:15', zone: 'utc' });
    expect(r.ok && r.published).toBe('2025-08-13T07:15Z');
  });
  it('says what is wrong with each field', () => {
    const r = checkPublished({ date: '2025-02-30', time: '25:00', zone: 'Mars/Olympus' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.date).toEqual({ key: 'import.problem.notADate', params: { value: '2025-02-30' } });
    expect(r.errors.time).toEqual({ key: 'import.problem.notATime', params: { value: '25:00' } });
    const zone = checkPublished({ date: '2025-08-13', time: '', zone: 'Mars/Olympus' });
    expect(!zone.ok && zone.errors.zone).toEqual({ key: 'import.problem.unknownZone', params: { value: 'Mars/Olympus' } });
    const empty = checkPublished({ date: '', time: '', zone: '' });
    expect(!empty.ok && Object.keys(empty.errors).sort()).toEqual(['date', 'zone']);
    expect(!empty.ok && [empty.errors.date?.key, empty.errors.zone?.key]).toEqual(['import.problem.dateMissing', 'import.problem.zoneMissing']);
  });
});
