import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexDataset } from './dataset';
import { parseDataset } from './parseDataset';
import { facetCounts, filterEvents, lazySearchText, NO_FILTERS, normalizeForSearch } from './search';

const { value } = parseDataset(JSON.parse(readFileSync(new URL('../../public/data/builtin.json', import.meta.url), 'utf8')));
const index = indexDataset(value!);
const text = lazySearchText(index);
const ids = (query: string, extra = {}) =>
  Array.from(filterEvents(index, text, { ...NO_FILTERS, query, ...extra }), (i) => index.dataset.events[i]!.id);

describe('normalizeForSearch', () => {
  it('folds case, ё to е, accents and odd spaces', () => {
    expect(normalizeForSearch('ЁЛКА Café\u00a0x')).toBe('елка cafe x');
  });
  it('strips accents from Latin letters but keeps Cyrillic intact', () => {
    expect(normalizeForSearch('Ĉu Zürich, Kraków?')).toBe('cu zurich, krakow?');
  });
  it('keeps й (its breve is part of the letter)', () => {
    expect(normalizeForSearch('Корейский')).toBe('корейский');
  });
});

describe('filterEvents', () => {
  it('finds Russian excerpts whatever the case', () => {
    expect(ids('ДОГОВОР')).toContain('treaty-signed');
    expect(ids('договор')).toEqual(ids('ДОГОВОР'));
  });

  it('matches ё and е alike', () => {
    // The article writes "еще"; a search for "ещё" must find it.
    expect(ids('ещё раз заверил')).toEqual(['kim-assures-support']);
  });

  it('searches English titles and actor names in both scripts', () => {
    expect(ids('treaty')).toEqual(['treaty-signed']);
    expect(ids('Putin').length).toBeGreaterThan(3);
    expect(ids('путин')).toEqual(expect.arrayContaining(['phone-call', 'putin-congratulates']));
  });

  it('needs every word, in any order', () => {
    expect(ids('Kursk liberated')).toEqual(['kursk-liberated']);
    expect(ids('liberated Kursk')).toEqual(['kursk-liberated']);
    expect(ids('Kursk treaty')).toEqual([]);
  });

  it('filters by kind, actor and source and keeps time order', () => {
    expect(ids('', { kinds: ['anniversary'] })).toEqual(['liberation-80th']);
    const kcna = ids('', { actors: ['kcna'] });
    expect(kcna).toEqual(['kcna-reports-call']);
    expect(ids('', { sources: ['nope'] })).toEqual([]);
    const all = ids('');
    expect(all[0]).toBe('korea-liberated-1945');
    expect(all.at(-1)).toBe('liberation-80th');
  });
});

describe('facetCounts', () => {
  it('counts each facet under the other filters', () => {
    const counts = facetCounts(index, text, { ...NO_FILTERS, kinds: ['occurrence'] });
    // The kind facet ignores its own filter, so every kind keeps its count…
    expect(counts.kinds.get('report')).toBe(7);
    // …while actors are counted among occurrences only.
    expect(counts.actors.get('kcna') ?? 0).toBe(0);
    expect(counts.actors.get('putin')).toBe(2);
  });
});
