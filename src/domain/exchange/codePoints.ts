/**
 * Offsets in Unicode code points (what the W3C Web Annotation model counts) ⇄ UTF-16
 * code units (what JavaScript strings and Sourceline's evidence count). Converted only at
 * the boundary, when annotations are written or read.
 */

/** The code point offset of a UTF-16 offset; an offset inside a surrogate pair counts the pair as begun. */
export function utf16ToCodePoint(text: string, offset: number): number {
  let points = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A low surrogate after a high one belongs to the same code point.
    if (c >= 0xdc00 && c <= 0xdfff && i > 0 && isHigh(text.charCodeAt(i - 1))) continue;
    points++;
  }
  return points;
}

/** The UTF-16 offset of a code point offset; past the end gives text.length. */
export function codePointToUtf16(text: string, points: number): number {
  let i = 0;
  for (let n = 0; n < points && i < text.length; n++) i += isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1)) ? 2 : 1;
  return i;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
