import type { Dataset } from '../domain/dataset';
import { parseDataset, type Problem } from '../domain/parseDataset';
import { decodeText, normaliseText } from './decodeText';
import { extractHtmlArticle, type HtmlArticle, type ParseHtml } from './htmlArticle';
import { importError, type ImportResult, importWords } from './importErrors';
import { formatOverLimit, IMPORT_LIMITS } from './limits';

/**
 * A user's file (dropped or chosen) → what it holds, checked at the edge: its size
 * before it is read, then that it is text, then its format. Every refusal is an
 * ImportError with a sentence for the analyst; nothing is stored here.
 */

/** A browser File, or the same facts from elsewhere (tests, the clipboard, a drop of bytes). */
export type ImportInput =
  | Pick<File, 'name' | 'type' | 'size' | 'arrayBuffer'>
  | { readonly name: string; readonly type: string; readonly bytes: Uint8Array };

export type ImportFormat = 'text' | 'markdown' | 'html' | 'dataset';

export type ImportedFile =
  | { readonly kind: 'text'; readonly format: 'text' | 'markdown'; readonly fileName: string; readonly text: string }
  | ({ readonly kind: 'html'; readonly fileName: string } & HtmlArticle)
  | { readonly kind: 'dataset'; readonly fileName: string; readonly dataset: Dataset; readonly problems: readonly Problem[] };

export interface ReadImportOptions {
  /** How HTML becomes a Document; the browser's DOMParser by default. */
  readonly parseHtml?: ParseHtml;
}

const BY_EXTENSION: Record<string, ImportFormat> = {
  txt: 'text', text: 'text', md: 'markdown', markdown: 'markdown', html: 'html', htm: 'html', xhtml: 'html', json: 'dataset',
};
const BY_TYPE: Record<string, ImportFormat> = {
  'text/plain': 'text', 'text/markdown': 'markdown', 'text/x-markdown': 'markdown', 'text/html': 'html',
  'application/xhtml+xml': 'html', 'application/json': 'dataset',
};

/** The format a file claims by its extension, else by its MIME type; null for anything else. */
export function importFormatOf(name: string, type: string): ImportFormat | null {
  const ext = /\.([^./\\]+)$/u.exec(name)?.[1]?.toLowerCase();
  return (ext && BY_EXTENSION[ext]) || BY_TYPE[type.split(';')[0]!.trim().toLowerCase()] || null;
}

export function sizeLimitOf(format: ImportFormat): number {
  return format === 'dataset' ? IMPORT_LIMITS.datasetBytes : format === 'html' ? IMPORT_LIMITS.htmlBytes : IMPORT_LIMITS.textBytes;
}

export const ACCEPTED_FILE_TYPES = '.txt,.md,.markdown,.html,.htm,.json,text/plain,text/markdown,text/html,application/json';

export async function readImportFile(file: ImportInput, options: ReadImportOptions = {}): Promise<ImportResult<ImportedFile>> {
  const fileName = file.name || 'untitled';
  const named = { fileName };
  const format = importFormatOf(fileName, file.type);
  if (!format) {
    return {
      ok: false,
      error: importError('unsupported-type', `"${fileName}" is not a file Sourceline can import: use .txt, .md, .html or a dataset .json.`, { ...named, ...importWords('unsupported', fileName) }),
    };
  }
  const limit = sizeLimitOf(format);
  // Not `'bytes' in file`: browsers' Blob has a bytes() method of its own.
  const given = 'bytes' in file && file.bytes instanceof Uint8Array ? file.bytes : null;
  const declaredSize = given ? given.byteLength : (file as Pick<File, 'size'>).size;
  if (declaredSize > limit) return { ok: false, error: tooLarge(fileName, declaredSize, limit) };

  let bytes: Uint8Array;
  try {
    bytes = given ?? new Uint8Array(await (file as Pick<File, 'arrayBuffer'>).arrayBuffer());
  } catch (e) {
    return { ok: false, error: importError('unreadable', `"${fileName}" could not be read: ${(e as Error).message}`, { ...named, ...importWords('unreadable', fileName, { message: (e as Error).message }) }) };
  }
  if (bytes.byteLength > limit) return { ok: false, error: tooLarge(fileName, bytes.byteLength, limit) };
  if (bytes.byteLength === 0) return { ok: false, error: importError('empty', `"${fileName}" is empty.`, { ...named, ...importWords('empty', fileName) }) };

  const decoded = decodeText(bytes, fileName);
  if (!decoded.ok) return decoded;
  const text = decoded.value;
  if (!text.trim()) return { ok: false, error: importError('empty', `"${fileName}" holds only white space.`, { ...named, ...importWords('blank', fileName) }) };

  switch (format) {
    case 'text':
    case 'markdown':
      return { ok: true, value: { kind: 'text', format, fileName, text } };
    case 'html': {
      let article: HtmlArticle | null;
      try {
        article = extractHtmlArticle(text, options.parseHtml);
      } catch (e) {
        return { ok: false, error: importError('unreadable', `"${fileName}" could not be read as HTML: ${(e as Error).message}`, { ...named, ...importWords('html', fileName, { message: (e as Error).message }) }) };
      }
      if (!article) return { ok: false, error: importError('no-article', `"${fileName}" has no readable text.`, { ...named, ...importWords('noArticle', fileName) }) };
      return { ok: true, value: { kind: 'html', fileName, ...article } };
    }
    case 'dataset': {
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (e) {
        return { ok: false, error: importError('invalid-json', `"${fileName}" is not valid JSON: ${(e as Error).message}`, { ...named, ...importWords('json', fileName, { message: (e as Error).message }) }) };
      }
      const { value, problems } = parseDataset(json);
      if (!value) {
        return {
          ok: false,
          error: importError('not-a-dataset', `"${fileName}" is not a usable Sourceline dataset: ${problems[0]?.message ?? 'unknown reason'}.`, {
            fileName,
            problems,
            ...importWords('notADataset', fileName, { first: problems[0]?.message ?? 'unknown reason' }),
          }),
        };
      }
      return { ok: true, value: { kind: 'dataset', fileName, dataset: value, problems } };
    }
  }
}

/** Pasted text, checked like a file: not empty, within the text limit, normalised as stored. */
export function readPastedText(raw: string): ImportResult<string> {
  const bytes = new TextEncoder().encode(raw).byteLength;
  if (bytes > IMPORT_LIMITS.textBytes) return { ok: false, error: tooLarge('The pasted text', bytes, IMPORT_LIMITS.textBytes, false) };
  const text = normaliseText(raw);
  if (!text.trim()) return { ok: false, error: importError('empty', 'There is no text to import.', importWords('blank', undefined)) };
  return { ok: true, value: text };
}

function tooLarge(name: string, size: number, limit: number, quoted = true) {
  const who = quoted ? `"${name}"` : name;
  const shown = formatOverLimit(size, limit);
  return importError(
    'too-large',
    `${who} is ${shown.size}; the limit for this kind of input is ${shown.limit} (${shown.over} over).`,
    { ...(quoted ? { fileName: name } : {}), ...importWords('tooLarge', quoted ? name : undefined, { ...shown }) },
  );
}
