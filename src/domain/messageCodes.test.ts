import { describe, expect, it } from 'vitest';
import { i18n } from '../i18n/i18n';
import { messageText } from '../i18n/phrases';
import { parseDataset } from './parseDataset';
import { parseEdtf } from './when';

/** Problems carry a message code beside their English words, so the interface can say them in Russian. */
describe('message codes', () => {
  const ru = i18n.getFixedT('ru');
  const en = i18n.getFixedT('en');

  it('an EDTF failure reads the same in English from its code as its reason, and in Russian', () => {
    const r = parseEdtf('2025-02-30');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(messageText(en, r.problem, 'fallback')).toBe(r.reason);
    expect(messageText(ru, r.problem, r.reason)).toBe('дня 30 нет в 2025-02');
  });

  it('dataset problems found by parseDataset and by zod have codes that the catalogues word', () => {
    const text = 'Launched here.';
    const { problems } = parseDataset({
      format: 'sourceline/dataset', version: 1,
      sources: [{ id: 's1', title: 'Notes', language: 'en', text }, { id: 's1', title: 'Again', language: 'en', text }],
      events: [
        { id: 'a', title: 'a', when: '2025-13', kind: 'occurrence' },
        { id: 'b', title: 'b', when: '2025', kind: 'occurrence', evidence: [{ sourceId: 's1', start: 0, end: 4, quote: 'Lost' }] },
        { id: 'c', title: 42, when: '2025', kind: 'occurrence' },
      ],
    });
    expect(problems.length).toBeGreaterThanOrEqual(4);
    for (const p of problems) {
      expect(p.code, p.message).toBeDefined();
      expect(messageText(en, p.code, '')).toBe(p.message);
      expect(messageText(ru, p.code, '')).toMatch(/[а-яё]/iu);
    }
  });

  it("a schema's own messages have codes too: an EDTF-shaped date, spaces in an id, the envelope", () => {
    const { problems } = parseDataset({
      format: 'sourceline/dataset', version: 1,
      sources: [{ id: 'a b', title: 'Notes', language: 'en', text: 'x' }],
      events: [{ id: 'e', title: 'e', when: 'yesterday', kind: 'occurrence' }],
    });
    const envelope = parseDataset({ format: 'other', version: 1, sources: [], events: 'none' }).problems;
    for (const p of [...problems, ...envelope]) {
      expect(p.code, p.message).toBeDefined();
      expect(messageText(en, p.code, '')).toBe(p.message);
      expect(messageText(ru, p.code, '')).toMatch(/[а-яё]/iu);
    }
    expect(messageText(ru, problems.find((p) => p.path === 'events[0].when')!.code, '')).toMatch(/^"yesterday" — не дата в форме EDTF/u);
  });
});
