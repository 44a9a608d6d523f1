import { describe, expect, it } from 'vitest';
import { sentenceIndexAt, sentenceSpans } from './sentences';

describe('sentenceSpans', () => {
  it('finds sentences and trims them', () => {
    const text = 'Путин прилетел. Ким встретил его!  Они говорили долго.\n';
    const spans = sentenceSpans(text, 'ru');
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Путин прилетел.', 'Ким встретил его!', 'Они говорили долго.']);
  });

  it('ends a sentence at a line break', () => {
    const text = 'Политика\nКим Чен Ын заверил Путина\n13 августа 2025 / 10:15\n';
    expect(sentenceSpans(text, 'ru').map((s) => text.slice(s.start, s.end))).toEqual([
      'Политика', 'Ким Чен Ын заверил Путина', '13 августа 2025 / 10:15',
    ]);
  });

  it('does not split after common abbreviations like "Mr."', () => {
    const text = 'Mr. Smith arrived on Aug. 12. He left.';
    const spans = sentenceSpans(text, 'en');
    expect(text.slice(spans.at(-1)!.start, spans.at(-1)!.end)).toBe('He left.');
  });

  it('finds the sentence at an offset', () => {
    const spans = [{ start: 0, end: 5 }, { start: 7, end: 12 }];
    expect(sentenceIndexAt(spans, 3)).toBe(0);
    expect(sentenceIndexAt(spans, 6)).toBe(-1);
    expect(sentenceIndexAt(spans, 7)).toBe(1);
    expect(sentenceIndexAt(spans, 12)).toBe(-1);
  });
});
