import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { detectDelimiter, looksLikeHeader, looksLikeTable, readTable } from './readTable';

describe('readTable', () => {
  it('reads a header and rows with the line each starts on, quoted line breaks included', () => {
    const text = 'id,title,when\r\na,"Line one\nline two",2025\r\n\r\nb,"Say ""hi""",15.08.2025\r\n';
    const t = readTable(text);
    expect(t.delimiter).toBe(',');
    expect(t.header).toEqual(['id', 'title', 'when']);
    expect(t.rows).toEqual([
      { line: 2, cells: ['a', 'Line one\nline two', '2025'] },
      { line: 5, cells: ['b', 'Say "hi"', '15.08.2025'] },
    ]);
    expect(t.problems).toEqual([]);
  });

  it('detects tabs and semicolons', () => {
    expect(readTable('title\twhen\nA\t2025\n').delimiter).toBe('\t');
    expect(readTable('title;when;note\nA;2025;x, y\n').delimiter).toBe(';');
  });

  it('treats a first row of values as data, not a header', () => {
    const t = readTable('Treaty,2024-06-19\nCall,2025-08-12\n');
    expect(t.header).toBeNull();
    expect(t.rows.map((r) => r.line)).toEqual([1, 2]);
  });

  it('names rows with too few or too many cells, by line', () => {
    const t = readTable('title,when\nA,2025\nB\nC,2025,extra\n');
    expect(t.problems).toEqual([
      { line: 3, message: 'has 1 cell where the header has 2' },
      { line: 4, message: 'has 3 cells where the header has 2' },
    ]);
  });

  it('numbers rows by line for any table papaparse writes', () => {
    const cell = fc.string({ maxLength: 12 }).map((s) => s.replace(/\r/gu, ''));
    fc.assert(
      fc.property(fc.array(fc.tuple(cell.map((s) => `x${s}`), cell), { minLength: 1, maxLength: 20 }), (data) => {
        const text = Papa.unparse({ fields: ['title', 'note'], data }, { newline: '\n' });
        const t = readTable(text, { delimiter: ',', hasHeader: true });
        let line = 2;
        return t.rows.every((r, i) => {
          const ok = r.line === line && r.cells[0] === data[i]![0] && r.cells[1] === data[i]![1];
          line += 1 + (data[i]![0].split('\n').length - 1) + (data[i]![1].split('\n').length - 1);
          return ok;
        });
      }),
    );
  });

  it('reports progress and ends at 1', () => {
    const shares: number[] = [];
    readTable(`title,when\n${'A,2025\n'.repeat(12_000)}`, { onProgress: (s) => shares.push(s) });
    expect(shares.length).toBeGreaterThanOrEqual(3);
    expect(shares.at(-1)).toBe(1);
  });
});

describe('is a .txt a table?', () => {
  it('yes when the first line is a header and the delimiter repeats on the next lines', () => {
    expect(looksLikeTable('title\twhen\tnote\nTreaty\t2024-06-19\tsigned\nCall\t2025-08-12\t\n')).toBe(true);
    expect(looksLikeTable('Title,Date\nTreaty,2024-06-19\n')).toBe(true);
  });

  it('no for an article, even with commas', () => {
    const article = 'Putin and Kim spoke by phone, the Kremlin said.\nThe leaders discussed, among other things, the treaty.\nIt was signed in 2024.';
    expect(looksLikeTable(article)).toBe(false);
    expect(looksLikeTable('One line, only.')).toBe(false);
  });

  it('no when the first line is data', () => {
    expect(looksLikeTable('Treaty,2024-06-19\nCall,2025-08-12\n')).toBe(false);
  });

  it('a header has distinct, short names and no values', () => {
    expect(looksLikeHeader(['id', 'title', 'when'])).toBe(true);
    expect(looksLikeHeader(['id', '2025'])).toBe(false);
    expect(looksLikeHeader(['title', 'title'])).toBe(false);
    expect(looksLikeHeader(['title', ''])).toBe(false);
  });

  it('detectDelimiter gives null when no delimiter splits the lines evenly', () => {
    expect(detectDelimiter('a,b\nc\n')).toBeNull();
  });
});
