/**
 * Prints the dated mentions and candidate events of a text file as one JSON object:
 *   npm run --silent extract -- --published 2025-08-13T10:15+03:00 [--lang ru|en] FILE
 * Offsets are UTF-16 offsets into the file's content exactly as read (a byte order mark
 * is kept as a character), so that content.slice(start, end) === text.
 * Without --lang the language is guessed from the share of Cyrillic letters.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extract, parseReference, type Lang } from '../src/extract/index.ts';

export interface CliIo {
  readFile(path: string): Uint8Array;
  stdout(text: string): void;
  stderr(text: string): void;
}

const USAGE = 'usage: npm run --silent extract -- --published <date-time with offset, e.g. 2025-08-13T10:15+03:00> [--lang ru|en] FILE';

interface Args {
  readonly published: string;
  readonly lang: Lang | undefined;
  readonly file: string;
}

function parseArgs(argv: readonly string[]): { ok: true; value: Args } | { ok: false; reason: string } {
  let published: string | undefined;
  let lang: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag === '--published' || flag === '--lang') {
      const value = inline ?? argv[++i];
      if (value === undefined || value === '') return { ok: false, reason: `${flag} needs a value` };
      if (flag === '--published') published = value;
      else lang = value;
    } else if (arg === '--') {
      files.push(...argv.slice(i + 1));
      break;
    } else if (arg.startsWith('--')) {
      return { ok: false, reason: `unknown option ${arg}` };
    } else {
      files.push(arg);
    }
  }
  if (published === undefined) return { ok: false, reason: '--published is required' };
  if (lang !== undefined && lang !== 'ru' && lang !== 'en') return { ok: false, reason: `--lang must be ru or en, not "${lang}"` };
  if (files.length !== 1) return { ok: false, reason: files.length === 0 ? 'no FILE given' : 'give exactly one FILE' };
  return { ok: true, value: { published, lang, file: files[0]! } };
}

/** Runs the CLI and returns its exit code: 0 done, 1 the file could not be read, 2 bad arguments. */
export function main(argv: readonly string[], io: CliIo): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  const args = parseArgs(argv);
  if (!args.ok) {
    io.stderr(`extract: ${args.reason}\n${USAGE}\n`);
    return 2;
  }
  const ref = parseReference(args.value.published);
  if (!ref.ok) {
    io.stderr(`extract: --published: ${ref.reason}\n${USAGE}\n`);
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = io.readFile(args.value.file);
  } catch (e) {
    const code = (e as { code?: string }).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : String(e);
    io.stderr(`extract: cannot read ${args.value.file}: ${why}\n`);
    return 1;
  }
  let text: string;
  try {
    // ignoreBOM keeps a byte order mark in the text, so that offsets count it as the file has it.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    io.stderr(`extract: ${args.value.file} is not UTF-8 text\n`);
    return 1;
  }
  const result = extract(text, {
    published: ref.value,
    ...(args.value.lang ? { lang: args.value.lang } : {}),
    sourceId: basename(args.value.file),
  });
  const mentions = result.mentions.map(({ text: t, start, end, type, value, precision, rule }) => ({ text: t, start, end, type, value, precision, rule }));
  io.stdout(`${JSON.stringify({ mentions, events: result.events })}\n`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2), {
    readFile: (path) => readFileSync(path),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
}
