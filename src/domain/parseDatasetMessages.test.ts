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
