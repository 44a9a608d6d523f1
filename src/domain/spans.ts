/**
 * Evidence spans as UTF-16 offsets into a source text: checking one before it is
 * stored, and turning a reader's selection into one. A span never splits a surrogate
 * pair (half an emoji) and a selection is widened to whole graphemes (a letter with its
 * combining accents, a flag), so `text.slice(start, end)` always reads as characters.
 */

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** True when `at` falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, at: number): boolean {
  return at > 0 && at < text.length && isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at));
}

/** Why a span cannot be evidence in `text`, in words; null when it can. */
export function spanProblem(text: string, span: { readonly start: number; readonly end: number; readonly quote: string }): string | null {
  const { start, end, quote } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || end <= start) {
    return `the span ${start}–${end} is not inside the source text (0–${text.length})`;
  }
  if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) {
    return `the span ${start}–${end} cuts a character in half (a surrogate pair)`;
  }
  if (text.slice(start, end) !== quote) return `the quote does not match the source text at ${start}–${end}`;
  return null;
}

let segmenter: Intl.Segmenter | null = null;

/**
 * A selection [start, end) widened to whole graphemes and trimmed of white space at
 * both ends; null when nothing but white space is selected.
 */
export function snapSelection(text: string, start: number, end: number): { start: number; end: number; quote: string } | null {
  let a = Math.max(0, Math.min(start, end));
  let b = Math.min(text.length, Math.max(start, end));
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  // Only the neighbourhood of each end matters; segmenting it keeps a 2 MB text cheap.
  const snap = (at: number, toEnd: boolean) => {
    const from = Math.max(0, at - 16);
    for (const g of segmenter!.segment(text.slice(from, Math.min(text.length, at + 16)))) {
      const gs = from + g.index;
      const ge = gs + g.segment.length;
      if (gs < at && at < ge) return toEnd ? ge : gs;
    }
    return at;
  };
  a = snap(a, false);
  b = snap(b, true);
  while (a < b && /\s/u.test(text[a]!)) a++;
  while (b > a && /\s/u.test(text[b - 1]!)) b--;
  if (a >= b) return null;
  return { start: a, end: b, quote: text.slice(a, b) };
}
