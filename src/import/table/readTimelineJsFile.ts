import { timelineJsToSheet } from '../../domain/exchange/timelineJs';
import { decodeText } from '../decodeText';
import type { ImportInput } from '../readImportFile';

/**
 * A .json that is not a Sourceline dataset may be a TimelineJS3 timeline: its events as
 * the rows of a TimelineJS sheet, for the table import; null when it is not one.
 */
export async function readTimelineJsFile(file: ImportInput): Promise<{ fileName: string; text: string } | null> {
  const json = await readJsonDocument(file);
  if (json === undefined) return null;
  const sheet = timelineJsToSheet(json);
  return sheet.value === null ? null : { fileName: file.name, text: sheet.value };
}

/** A file's JSON, or undefined when it is not text or not JSON. */
export async function readJsonDocument(file: ImportInput): Promise<unknown> {
  try {
    const bytes = 'bytes' in file && file.bytes instanceof Uint8Array ? file.bytes : new Uint8Array(await (file as Pick<File, 'arrayBuffer'>).arrayBuffer());
    const decoded = decodeText(bytes, file.name);
    return decoded.ok ? (JSON.parse(decoded.value) as unknown) : undefined;
  } catch {
    return undefined;
  }
}
