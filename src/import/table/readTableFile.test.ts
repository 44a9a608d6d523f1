import { describe, expect, it } from 'vitest';
import { isTableFile, readTableFile, TABLE_BYTES } from './readTableFile';

const file = (name: string, text: string | Uint8Array) => ({ name, type: '', bytes: typeof text === 'string' ? new TextEncoder().encode(text) : text });

describe('readTableFile', () => {
  it('knows a table by its extension or type', () => {
    expect(isTableFile('events.CSV', '')).toBe(true);
    expect(isTableFile('x', 'text/tab-separated-values')).toBe(true);
    expect(isTableFile('article.txt', 'text/plain')).toBe(false);
  });

  it('reads UTF-8 with a BOM as text without it, line ends as \\n', async () => {
    expect(await readTableFile(file('a.csv', '\uFEFFtitle,when\r\nA,2025\r\n'))).toEqual({ ok: true, value: { fileName: 'a.csv', text: 'title,when\nA,2025\n' } });
  });

  it('refuses empty, binary and oversized files with a sentence', async () => {
    expect(await readTableFile(file('a.csv', ''))).toMatchObject({ ok: false, error: { code: 'empty' } });
    expect(await readTableFile(file('a.csv', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0])))).toMatchObject({ ok: false, error: { code: 'binary' } });
    const big = { name: 'big.csv', type: 'text/csv', size: TABLE_BYTES + 1, arrayBuffer: async () => new ArrayBuffer(0) };
    const r = await readTableFile(big);
    expect(r).toMatchObject({ ok: false, error: { code: 'too-large' } });
    expect(!r.ok && r.error.message).toMatch(/the limit for a table is 52,428,800 bytes \(1 byte over\)/);
  });
});
