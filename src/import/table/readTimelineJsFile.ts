import { timelineJsToSheet } from '../../domain/exchange/timelineJs';
import { decodeText } from '../decodeText';
import type { ImportInput } from '../readImportFile';

/**
 * A .json that is not a Sourceline dataset may be a TimelineJS3 timeline: its events as
 * the rows of a TimelineJS sheet, for the table import; null when it is not one.
 */
export async function readTimelineJsFile(file: ImportInput): Promise<{ fileName: string; text: string } | null> {
  try {
    const bytes = 'bytes' in file && file.bytes instanceof Uint8Array ? file.bytes : new Uint8Array(await (file as Pick<File, 'arrayBuffer'>).arrayBuffer());
    const decoded = decodeText(bytes, file.name);
    if (!decoded.ok) return null;
    const sheet = timelineJsToSheet(JSON.parse(decoded.value));
    return sheet.value === null ? null : { fileName: file.name, text: sheet.value };
  } catch {
    return null;
  }
}
