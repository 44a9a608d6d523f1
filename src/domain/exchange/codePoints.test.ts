import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { codePointToUtf16, utf16ToCodePoint } from './codePoints';

describe('code points ⇄ UTF-16', () => {
  const text = 'a😀b𠀋c中'; // emoji and a CJK ideograph outside the BMP (U+2000B), one inside

  it('counts a character outside the BMP as one code point and two code units', () => {
    expect([...text].length).toBe(6);
    expect(text.length).toBe(8);
    expect(utf16ToCodePoint(text, 3)).toBe(2); // after 😀
    expect(utf16ToCodePoint(text, 6)).toBe(4); // after 𠀋
    expect(codePointToUtf16(text, 4)).toBe(6);
    expect(codePointToUtf16(text, 99)).toBe(8);
  });

  it('round-trips every offset that does not split a character', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.nat(), (s, n) => {
        const points = n % ([...s].length + 1);
        const units = codePointToUtf16(s, points);
        return utf16ToCodePoint(s, units) === points && s.slice(0, units) === [...s].slice(0, points).join('');
      }),
    );
  });
});
