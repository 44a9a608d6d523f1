import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseScrapedText } from './analyseScrapedText';
import { decodeText } from './decodeText';
import { readImportFile, readPastedText } from './readImportFile';

/**
 * Hostile input for the import readers: arbitrary bytes and arbitrary Unicode (lone
 * surrogates included) end in a value or a refusal with a message — never a throw —
 * and the spans the analysis proposes never cut a character in two.
 */

const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const hostileText = fc.oneof(
  fc.string({ unit: anyUnit, maxLength: 400 }),
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.array(fc.constantFrom('13 августа 2025 / 10:15', 'Title of the piece', '\n', '\n\n', '😀', '\ud800', 'مرحبا', ' / ', '© Photo: X', '.'), { maxLength: 40 }).map((a) => a.join('')),
);

const isHalf = (text: string, at: number) =>
  at > 0 && at < text.length && /[\uD800-\uDBFF]/u.test(text[at - 1]!) && /[\uDC00-\uDFFF]/u.test(text[at]!);

describe('import readers under hostile input', () => {
  it('decodeText: any bytes give text or a refusal with a message', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const r = decodeText(bytes, 'x.txt');
        if (!r.ok) expect(r.error.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('readImportFile: any bytes under any supported name give a value or a refusal, never a throw', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), fc.constantFrom('a.txt', 'a.md', 'a.json', 'a.exe', ''), async (bytes, name) => {
        const r = await readImportFile({ name, type: '', bytes });
        if (!r.ok) expect(r.error.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });

  it('readPastedText and analyseScrapedText: any Unicode, and no proposed span splits a character', () => {
    fc.assert(
      fc.property(hostileText, (raw) => {
        const pasted = readPastedText(raw);
        if (!pasted.ok) return void expect(pasted.error.message.length).toBeGreaterThan(0);
        const text = pasted.value;
        const a = analyseScrapedText(text);
        const spans = [...a.furniture, ...(a.title ? [a.title.span] : []), ...(a.published?.span ? [a.published.span] : [])];
        for (const s of spans) {
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeLessThanOrEqual(text.length);
          expect(isHalf(text, s.start) || isHalf(text, s.end)).toBe(false);
        }
        expect(isHalf(text, a.bodyStart)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
