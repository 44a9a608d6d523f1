import { describe, expect, it } from 'vitest';
import { DEFAULT_URL_STATE, formatInstant, MAX_QUERY_IN_URL, parseUrlState, serializeUrlState, type UrlState } from './urlState';

describe('parseUrlState', () => {
  it('reads every parameter', () => {
    const { state, problems } = parseUrlState(
      '?data=https%3A%2F%2Fexample.org%2Fd.json&event=treaty-signed&from=2024-06-01&to=2025-08-20T12:30Z&lanes=kind&fold=0&q=%D0%B4%D0%BE%D0%B3%D0%BE%D0%B2%D0%BE%D1%80&actor=putin,kim-jong-un&kind=report&source=s1',
    );
    expect(problems).toEqual([]);
    expect(state).toEqual({
      data: 'https://example.org/d.json',
      event: 'treaty-signed',
      window: { start: Date.UTC(2024, 5, 1), end: Date.UTC(2025, 7, 20, 12, 30) },
      lanes: 'kind',
      fold: false,
      query: 'договор',
      actors: ['putin', 'kim-jong-un'],
      kinds: ['report'],
      sources: ['s1'],
    });
  });

  it('gives the defaults for an empty query string', () => {
    expect(parseUrlState('')).toEqual({ state: DEFAULT_URL_STATE, problems: [] });
  });

  it('drops bad parameters with a reason and keeps the rest', () => {
    const { state, problems } = parseUrlState('?event=phone-call&from=2025-13-01&to=2025-08-01&lanes=colour&kind=rumour,report&data=javascript:alert(1)&fold=maybe');
    expect(state.event).toBe('phone-call');
    expect(state.window).toBeNull();
    expect(state.lanes).toBe('actor');
    expect(state.kinds).toEqual(['report']);
    expect(state.data).toBeNull();
    const paths = problems.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['?from', '?lanes', '?kind', '?data', '?fold']));
  });

  it('rejects a window that ends before it starts', () => {
    const { state, problems } = parseUrlState('?from=2025-08-02&to=2025-08-01');
    expect(state.window).toBeNull();
    expect(problems[0]).toMatchObject({ path: '?to', message: expect.stringContaining('after') });
  });

  it('accepts a relative dataset path', () => {
    expect(parseUrlState('?data=data/other.json').state.data).toBe('data/other.json');
  });
});

describe('serializeUrlState', () => {
  it('round-trips through parseUrlState', () => {
    const state: UrlState = {
      ...DEFAULT_URL_STATE,
      event: 'liberation-80th',
      window: { start: Date.UTC(1940, 0, 1), end: Date.UTC(2026, 0, 1, 6, 30, 15) },
      lanes: 'source',
      fold: false,
      query: 'ёлка & co',
      actors: ['a', 'b'],
      kinds: ['anniversary', 'occurrence'],
    };
    expect(parseUrlState(serializeUrlState(state)).state).toEqual(state);
  });

  it('leaves defaults out of the URL', () => {
    expect(serializeUrlState(DEFAULT_URL_STATE)).toBe('');
    expect(serializeUrlState({ ...DEFAULT_URL_STATE, event: 'x' })).toBe('?event=x');
  });

  it('writes instants as short as their precision allows', () => {
    expect(formatInstant(Date.UTC(2025, 7, 12))).toBe('2025-08-12');
    expect(formatInstant(Date.UTC(2025, 7, 12, 10, 15))).toBe('2025-08-12T10:15Z');
    expect(formatInstant(Date.UTC(2025, 7, 12, 10, 15, 7, 400))).toBe('2025-08-12T10:15:07Z');
  });
});

describe('search text in the address', () => {
  it('keeps a short query and leaves a very long one out, so the link stays shareable', () => {
    const short = serializeUrlState({ ...DEFAULT_URL_STATE, query: 'budget' });
    expect(short).toBe('?q=budget');
    const long = serializeUrlState({ ...DEFAULT_URL_STATE, query: 'x'.repeat(10_000), lanes: 'kind' });
    expect(long).toBe('?lanes=kind');
    expect(serializeUrlState({ ...DEFAULT_URL_STATE, query: 'y'.repeat(MAX_QUERY_IN_URL) }).length).toBeLessThan(400);
  });
});
