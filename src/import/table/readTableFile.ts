import { decodeText } from '../decodeText';
import { importError, type ImportResult, importWords } from '../importErrors';
import { formatOverLimit } from '../limits';
import type { ImportInput } from '../readImportFile';

/**
 * A .csv or .tsv file → its text, checked at the edge like every import: size before it
 * is read, then that it is text. Tables are big by nature (100,000 rows is 10–20 MB), so
 * their limit is the dataset's, not an article's.
 */

export const TABLE_BYTES = 50 * 1024 * 1024;
export const TABLE_FILE_TYPES = '.csv,.tsv,.tab,text/csv,text/tab-separated-values';

export function isTableFile(name: string, type: string): boolean {
  return /\.(?:csv|tsv|tab)$/iu.test(name) || /^text\/(?:csv|tab-separated-values)\b/iu.test(type);
}

export async function readTableFile(file: ImportInput): Promise<ImportResult<{ fileName: string; text: string }>> {
  const fileName = file.name || 'table.csv';
  const given = 'bytes' in file && file.bytes instanceof Uint8Array ? file.bytes : null;
  const size = given ? given.byteLength : (file as Pick<File, 'size'>).size;
  if (size > TABLE_BYTES) {
    const shown = formatOverLimit(size, TABLE_BYTES);
    return { ok: false, error: importError('too-large', `"${fileName}" is ${shown.size}; the limit for a table is ${shown.limit} (${shown.over} over).`, { fileName, ...importWords('tooLargeTable', fileName, { ...shown }) }) };
  }
  let bytes: Uint8Array;
  try {
    bytes = given ?? new Uint8Array(await (file as Pick<File, 'arrayBuffer'>).arrayBuffer());
  } catch (e) {
    return { ok: false, error: importError('unreadable', `"${fileName}" could not be read: ${(e as Error).message}`, { fileName, ...importWords('unreadable', fileName, { message: (e as Error).message }) }) };
  }
  if (bytes.byteLength === 0) return { ok: false, error: importError('empty', `"${fileName}" is empty.`, { fileName, ...importWords('empty', fileName) }) };
  const decoded = decodeText(bytes, fileName);
  if (!decoded.ok) return decoded;
  if (!decoded.value.trim()) return { ok: false, error: importError('empty', `"${fileName}" holds only white space.`, { fileName, ...importWords('blank', fileName) }) };
  return { ok: true, value: { fileName, text: decoded.value } };
}
