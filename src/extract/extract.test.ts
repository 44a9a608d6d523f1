import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from './extract';
import { EXTRACTOR_VERSION } from './version';

// The test reads a fixture file; the engine itself never touches the file system.
const builtin = readFileSync(new URL('../../scripts/seed/000_8816d55d54cfc59c.txt', import.meta.url), 'utf8');
const published = '2025-08-13T10:15+03:00';

describe('extract on the built-in article', () => {
  const result = extract(builtin, { published, sourceId: 'kim-putin-call-2025-08-13' });
  const byText = (text: string) => result.mentions.find((m) => m.text === text);

  it('reads it as Russian', () => {
    expect(result.lang).toBe('ru');
  });

  it('finds the treaty of 19 June 2024', () => {
    expect(byText('19 июня 2024 года')).toMatchObject({ value: '2024-06-19', precision: 'day', rule: 'chrono' });
  });

  it('dates "Во вторник" to the Tuesday before publication, 12 August 2025', () => {
    expect(byText('вторник')).toMatchObject({ value: '2025-08-12', precision: 'day', rule: 'weekday-by-tense' });
  });

  it('dates "15 августа" to the coming anniversary, 15 August 2025, and relates it to 1945', () => {
    expect(byText('15 августа')).toMatchObject({
      value: '2025-08-15', rule: 'day+anniversary', original: { value: '1945-08-15' },
    });
    const anniversary = result.events.find((e) => e.kind === 'anniversary');
    expect(anniversary).toMatchObject({ when: '2025-08-15', relations: [{ type: 'anniversary-of', target: 'extract-original-1945-08-15' }] });
    expect(anniversary!.evidence).toHaveLength(2);
    expect(result.events.find((e) => e.id === 'extract-original-1945-08-15')?.when).toBe('1945-08-15');
  });

  it('reads the datelines "13 августа 2025 / 10:15" as Moscow date-times', () => {
    expect(byText('13 августа 2025 / 10:15')).toMatchObject({ value: '2025-08-13T10:15+03:00', precision: 'minute', rule: 'dateline' });
    expect(byText('13 августа 2025 / 10:18')?.value).toBe('2025-08-13T10:18+03:00');
  });

  it('keeps every span true to the text', () => {
    for (const m of result.mentions) expect(builtin.slice(m.start, m.end)).toBe(m.text);
    for (const e of result.events) for (const ev of e.evidence) expect(builtin.slice(ev.start, ev.end)).toBe(ev.quote);
  });

  it('proposes a report dated at the report, and the treaty as an occurrence, with actors', () => {
    const report = result.events.find((e) => e.when === '2025-08-12');
    expect(report).toMatchObject({ kind: 'report', provenance: { method: 'extracted', extractor: EXTRACTOR_VERSION, rule: 'weekday-by-tense' } });
    expect(report!.actors).toEqual(expect.arrayContaining(['kremlin', 'putin', 'kim-jong-un']));
    const treaty = result.events.find((e) => e.when === '2024-06-19');
    expect(treaty).toMatchObject({ kind: 'occurrence', review: { status: 'unreviewed' } });
    expect(treaty!.actors).toEqual(expect.arrayContaining(['russia', 'dprk']));
    expect(treaty!.evidence[0]!.quote.startsWith('Во вторник пресс-служба Кремля сообщила')).toBe(true);
  });

  it('proposes the KCNA report, undated in the text, at the publication day', () => {
    const kcna = result.events.find((e) => e.provenance?.rule === 'report-at-publication');
    expect(kcna).toMatchObject({ when: '2025-08-13', kind: 'report', actors: ['kcna'] });
  });
});

describe('extract', () => {
  it('detects English and resolves against the publication', () => {
    const r = extract('On Tuesday, the Kremlin said Putin spoke to Kim Jong Un.', { published });
    expect(r.lang).toBe('en');
    expect(r.mentions).toEqual([{ text: 'Tuesday', start: 3, end: 10, type: 'date', value: '2025-08-12', precision: 'day', rule: 'weekday-by-tense' }]);
    expect(r.events[0]).toMatchObject({ kind: 'report', actors: ['kremlin', 'putin', 'kim-jong-un'] });
  });

  it('rejects a publication date-time without an offset', () => {
    expect(() => extract('text', { published: '2025-08-13' })).toThrow(RangeError);
  });
});
