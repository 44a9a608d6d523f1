import { describe, expect, it } from 'vitest';
import { parseDataset } from './parseDataset';

const text = 'Launched 😀 here. On 12 May 2025 it rained.';
const dataset = (events: unknown[]) => ({
  format: 'sourceline/dataset', version: 1,
  sources: [{ id: 's1', title: 'Notes', language: 'en', text }],
  events,
});
const event = (id: string, extra: Record<string, unknown>) => ({ id, title: id, when: '2025-05-12', kind: 'occurrence', ...extra });

describe('parseDataset messages say the field, the value and what would be valid, in words', () => {
  it('explains a bad date without a regular expression', () => {
    const { problems } = parseDataset(dataset([event('a', { when: 'yesterday' })]));
    const p = problems.find((x) => x.path === 'events[0].when')!;
    expect(p.message).toContain('"yesterday"');
    expect(p.message).toContain('2025-08-12');
    expect(p.message).not.toMatch(/pattern|\/\^/);
  });
});

describe('parseDataset and half characters', () => {
  it('refuses an evidence span that splits a surrogate pair, with its path', () => {
    const at = text.indexOf('😀') + 1;
    const { value, problems } = parseDataset(dataset([
      event('half', { evidence: [{ sourceId: 's1', start: at, end: at + 6, quote: text.slice(at, at + 6) }] }),
      event('whole', { evidence: [{ sourceId: 's1', start: at - 1, end: at + 6, quote: text.slice(at - 1, at + 6) }] }),
    ]));
    expect(value!.events.map((e) => e.id)).toEqual(['whole']);
    expect(problems).toContainEqual(expect.objectContaining({ path: 'events[0].evidence[0]', severity: 'error', message: expect.stringContaining('cuts a character in two') }));
  });
});

describe('every zod problem names the value and what is valid', () => {
  it.each([
    [{ id: 'a b', title: 't', when: '2025', kind: 'occurrence' }, 'events[0].id', /"a b"/],
    [{ id: 'x'.repeat(201), title: 't', when: '2025', kind: 'occurrence' }, 'events[0].id', /201 characters long; expected at most 200/],
    [{ id: 'k', title: 't', when: '2025', kind: 'party' }, 'events[0].kind', /"party" is not allowed; expected "occurrence" or "report" or "anniversary"/],
    [{ id: 'm', when: '2025', kind: 'report' }, 'events[0].title', /missing; expected text/],
    [{ id: 'c', title: 't', when: '2025', kind: 'report', confidence: 3 }, 'events[0].confidence', /3 is out of range; expected at most 1/],
  ])('%j', (item, path, message) => {
    const { problems } = parseDataset(dataset([item]));
    expect(problems).toContainEqual(expect.objectContaining({ path, message: expect.stringMatching(message) }));
    for (const p of problems) expect(p.message).not.toMatch(/Invalid input|must match pattern/);
  });
});
