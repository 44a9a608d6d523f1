import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, type CliIo } from './extract.ts';

const PUBLISHED = '2025-08-13T10:15+03:00';
const builtinPath = new URL('./seed/000_8816d55d54cfc59c.txt', import.meta.url);

function runCli(argv: string[], files: Record<string, Uint8Array | string> = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    readFile(path) {
      const content = files[path];
      if (content === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return typeof content === 'string' ? new TextEncoder().encode(content) : content;
    },
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  };
  const code = main(argv, io);
  return { code, stdout, stderr };
}

interface Output {
  mentions: { text: string; start: number; end: number; value: string; precision: string; rule: string }[];
  events: { when: string; kind: string }[];
}

describe('extract CLI', () => {
  it('prints one JSON object with mentions and events for the built-in article', () => {
    const content = readFileSync(builtinPath, 'utf8');
    const r = runCli(['--published', PUBLISHED, 'article.txt'], { 'article.txt': content });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as Output;
    expect(Object.keys(out)).toEqual(['mentions', 'events']);
    expect(Object.keys(out.mentions[0]!)).toEqual(['text', 'start', 'end', 'type', 'value', 'precision', 'rule']);
    const values = out.mentions.map((m) => m.value);
    expect(values).toEqual(expect.arrayContaining(['2024-06-19', '2025-08-12', '2025-08-15', '2025-08-13T10:15+03:00']));
    for (const m of out.mentions) expect(content.slice(m.start, m.end)).toBe(m.text);
  });

  it('counts a byte order mark in the offsets, as the content is read', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Talks were held on Tuesday.')]);
    const r = runCli(['--published=2025-08-13T10:15+03:00', '--lang', 'en', 'bom.txt'], { 'bom.txt': bytes });
    const out = JSON.parse(r.stdout) as Output;
    expect(out.mentions).toEqual([{ text: 'Tuesday', start: 20, end: 27, type: 'date', value: '2025-08-12', precision: 'day', rule: 'weekday-by-tense' }]);
    expect('\ufeffTalks were held on Tuesday.'.slice(20, 27)).toBe('Tuesday');
  });

  it('detects the language when --lang is absent', () => {
    const r = runCli(['--published', PUBLISHED, 'a.txt'], { 'a.txt': 'В минувшую пятницу стороны встретились.' });
    expect((JSON.parse(r.stdout) as Output).mentions[0]).toMatchObject({ value: '2025-08-08', rule: 'weekday-by-cue' });
  });

  it('refuses bad arguments with a message and exit code 2', () => {
    expect(runCli(['a.txt'])).toMatchObject({ code: 2, stdout: '' });
    expect(runCli(['a.txt']).stderr).toContain('--published is required');
    expect(runCli(['--published', '2025-08-13', 'a.txt']).stderr).toContain('needs a time and an offset');
    expect(runCli(['--published', PUBLISHED, '--lang', 'de', 'a.txt']).stderr).toContain('--lang must be ru or en');
    expect(runCli(['--published', PUBLISHED]).stderr).toContain('no FILE given');
    expect(runCli(['--published', PUBLISHED, '--verbose', 'a.txt']).stderr).toContain('unknown option --verbose');
  });

  it('refuses a missing or non-UTF-8 file with exit code 1', () => {
    expect(runCli(['--published', PUBLISHED, 'missing.txt'])).toMatchObject({ code: 1, stdout: '', stderr: 'extract: cannot read missing.txt: no such file\n' });
    const r = runCli(['--published', PUBLISHED, 'bin.dat'], { 'bin.dat': new Uint8Array([0xff, 0xfe, 0x00, 0xc3]) });
    expect(r).toMatchObject({ code: 1, stdout: '', stderr: 'extract: bin.dat is not UTF-8 text\n' });
  });

  it('runs as a command', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sourceline-extract-'));
    const file = join(dir, 'note.txt');
    writeFileSync(file, 'Завод закрыли в 1945 году.');
    const script = new URL('./extract.ts', import.meta.url).pathname;
    const stdout = execFileSync('npx', ['tsx', script, '--published', PUBLISHED, file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    expect(JSON.parse(stdout)).toMatchObject({ mentions: [{ text: '1945 году', value: '1945', precision: 'year', rule: 'year' }] });
    let failed: { status: number | null } | undefined;
    try {
      execFileSync('npx', ['tsx', script, '--published', PUBLISHED, join(dir, 'missing.txt')], { stdio: 'ignore' });
    } catch (e) {
      failed = e as { status: number | null };
    }
    expect(failed?.status).toBe(1);
  }, 30_000);
});
