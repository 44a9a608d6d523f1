import { describe, expect, it } from 'vitest';
import { decodeText, normaliseText } from './decodeText';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeText', () => {
  it('reads UTF-8, drops the BOM and turns CRLF into LF', () => {
    const r = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Привет\r\nмир\rи всё')]));
    expect(r).toEqual({ ok: true, value: 'Привет\nмир\nи всё' });
  });

  it('reads UTF-16 with a BOM', () => {
    const le = new Uint8Array([0xff, 0xfe, ...[...'Да'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    expect(decodeText(le)).toEqual({ ok: true, value: 'Да' });
  });

  it('calls NUL bytes binary', () => {
    const r = decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]), 'photo.txt');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('binary');
      expect(r.error.message).toContain('"photo.txt"');
    }
  });

  it('calls invalid UTF-8 binary and says what to do', () => {
    const r = decodeText(new Uint8Array([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]), 'cp1251.txt'); // "Привет" in Windows-1251
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/not valid UTF-8.*save it as UTF-8/u);
  });

  it('normalises pasted text the same way', () => {
    expect(normaliseText('\uFEFFa\r\nb')).toBe('a\nb');
  });
});

describe('text in another encoding', () => {
  const utf16 = (text: string, littleEndian: boolean) => {
    const out = new Uint8Array(text.length * 2);
    const view = new DataView(out.buffer);
    for (let i = 0; i < text.length; i++) view.setUint16(2 * i, text.charCodeAt(i), littleEndian);
    return out;
  };

  it.each([
    ['English, UTF-16LE', 'On 12 May 2025 the council met.', true],
    ['Russian, UTF-16LE', 'Совет собрался 12 мая 2025 года.', true],
    ['Russian, UTF-16BE', 'Совет собрался 12 мая 2025 года.', false],
  ])('%s without a BOM is called text in another encoding, not binary', (_, text, le) => {
    const r = decodeText(utf16(text, le), 'notes.txt');
    expect(!r.ok && r.error.message).toMatch(/text in another encoding.*save it as UTF-8/);
  });

  it('still reads UTF-8 text, Latin or Cyrillic', () => {
    for (const text of ['On 12 May 2025 the council met.', 'Совет собрался 12 мая 2025 года.']) {
      expect(decodeText(new TextEncoder().encode(text))).toEqual({ ok: true, value: text });
    }
  });
});
