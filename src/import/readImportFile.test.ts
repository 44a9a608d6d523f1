import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { IMPORT_LIMITS } from './limits';
import { importFormatOf, readImportFile, readPastedText } from './readImportFile';
import { parseHtmlForTests } from './testHtml.testHelper';

const bytes = (s: string) => new TextEncoder().encode(s);
const fixture = (path: string) => new Uint8Array(readFileSync(new URL(path, import.meta.url)));
const options = { parseHtml: parseHtmlForTests };

describe('readImportFile', () => {
  it('reads .txt and .md as text, exactly as it will be stored', async () => {
    const txt = await readImportFile({ name: 'a.txt', type: 'text/plain', bytes: bytes('Line one\r\nLine two') });
    expect(txt).toEqual({ ok: true, value: { kind: 'text', format: 'text', fileName: 'a.txt', text: 'Line one\nLine two' } });
    const md = await readImportFile({ name: 'notes.MD', type: '', bytes: bytes('# Title\n\nText') });
    expect(md.ok && md.value.kind === 'text' && md.value.format).toBe('markdown');
  });

  it('takes the article, title, byline and publication time out of HTML', async () => {
    const r = await readImportFile({ name: 'page.html', type: 'text/html', bytes: fixture('./fixtures/article-en.html') }, options);
    expect(r.ok).toBe(true);
    if (!r.ok || r.value.kind !== 'html') return;
    expect(r.value.title).toBe('Kim assures Putin of support in phone call');
    expect(r.value.byline).toBe('Jane Doe');
    expect(r.value.published?.value).toBe('2025-08-13T10:15+03:00');
    expect(r.value.declaredLanguage).toBe('en');
    expect(r.value.text).toContain('The Kremlin said on Tuesday that the two leaders');
    // Paragraphs are blank-line separated, white space inside them collapsed, <br> a line break.
    expect(r.value.text).toContain('reported on Wednesday.\n\nThe Kremlin');
    expect(r.value.text).toContain('marked on August 15.\nBoth sides');
    for (const junk of ['tracking', 'injected', 'Subscribe', 'All rights reserved', 'font-family']) expect(r.value.text).not.toContain(junk);
  });

  it('reads a dataset .json through parseDataset, keeping its problems', async () => {
    const r = await readImportFile({ name: 'builtin.json', type: 'application/json', bytes: fixture('../../public/data/builtin.json') });
    expect(r.ok && r.value.kind === 'dataset' && r.value.dataset.events.length).toBeGreaterThan(5);
  });

  it('refuses a JSON file that is not a dataset, with parseDataset’s reasons', async () => {
    const r = await readImportFile({ name: 'x.json', type: '', bytes: bytes('{"format":"other"}') });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('not-a-dataset');
      expect(r.error.problems?.length).toBeGreaterThan(0);
      expect(r.error.message).toContain('"x.json" is not a usable Sourceline dataset');
    }
    const bad = await readImportFile({ name: 'y.json', type: '', bytes: bytes('{"format": ') });
    expect(!bad.ok && bad.error.code).toBe('invalid-json');
  });

  it('refuses empty, blank, binary and unknown files with a clear message', async () => {
    const cases: [string, Uint8Array, string, RegExp][] = [
      ['empty.txt', new Uint8Array(), 'empty', /"empty\.txt" is empty/u],
      ['blank.md', bytes(' \n\t\n'), 'empty', /only white space/u],
      ['image.txt', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70]), 'binary', /binary/u],
      ['report.pdf', bytes('%PDF-1.7'), 'unsupported-type', /\.txt, \.md, \.html or a dataset \.json/u],
    ];
    for (const [name, b, code, message] of cases) {
      const r = await readImportFile({ name, type: '', bytes: b });
      expect(r.ok, name).toBe(false);
      if (!r.ok) {
        expect(r.error.code, name).toBe(code);
        expect(r.error.message, name).toMatch(message);
        expect(r.error.fileName).toBe(name);
      }
    }
  });

  it('refuses an oversized file from its declared size, without reading it', async () => {
    const arrayBuffer = vi.fn(async () => new ArrayBuffer(0));
    const r = await readImportFile({ name: 'huge.txt', type: 'text/plain', size: IMPORT_LIMITS.textBytes + 1, arrayBuffer });
    expect(!r.ok && r.error.code).toBe('too-large');
    expect(!r.ok && r.error.message).toBe('"huge.txt" is 2.000001 MB; the limit for this kind of input is 2.000000 MB (1 byte over).');
    // 2.1 million bytes: enough decimals to see by how much.
    const over = await readImportFile({ name: 'big.txt', type: 'text/plain', size: 2_100_000, arrayBuffer });
    expect(!over.ok && over.error.message).toBe('"big.txt" is 2.003 MB; the limit for this kind of input is 2.000 MB (2.8 KB over).');
    expect(arrayBuffer).not.toHaveBeenCalled();
    // The same size is fine for a dataset.
    expect(importFormatOf('big.json', '')).toBe('dataset');
  });

  it('reads a browser File, whose Blob has a bytes() method of its own (not the test-only bytes field)', async () => {
    const content = new TextEncoder().encode('Notes © 2025\n');
    const file = {
      name: 'notes.txt', type: 'text/plain', size: content.byteLength,
      arrayBuffer: async () => content.buffer.slice(0) as ArrayBuffer,
      bytes: async () => content,
    };
    const r = await readImportFile(file as unknown as Pick<File, 'name' | 'type' | 'size' | 'arrayBuffer'>);
    expect(r.ok && r.value.kind === 'text' && r.value.text).toBe('Notes © 2025\n');
  });

  it('knows formats by extension first, then MIME type', () => {
    expect(importFormatOf('page.HTM', 'application/octet-stream')).toBe('html');
    expect(importFormatOf('clipboard', 'text/plain; charset=utf-8')).toBe('text');
    expect(importFormatOf('archive.zip', 'application/zip')).toBeNull();
  });
});

describe('readPastedText', () => {
  it('normalises and checks pasted text', () => {
    expect(readPastedText('a\r\nb')).toEqual({ ok: true, value: 'a\nb' });
    expect(!readPastedText('  \n').ok).toBe(true);
    const big = readPastedText('я'.repeat(IMPORT_LIMITS.textBytes / 2 + 1));
    expect(!big.ok && big.error.code).toBe('too-large');
  });
});
