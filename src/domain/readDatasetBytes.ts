import { readArrowDataset } from './arrow/readArrow';
import { looksLikeArrow } from './arrow/framing';
import type { Dataset } from './dataset';
import { parseDataset, type ParseOutcome } from './parseDataset';

export type DatasetFormat = 'json' | 'arrow';

/**
 * A dataset file's bytes, in either format, → the parsed dataset. The format is told by
 * the bytes, not the name (Arrow data begins with FF FF FF FF or "ARROW1"; no JSON
 * document does), so a renamed or extension-less file still opens.
 * `unreadable` is set when the bytes are not JSON or not Arrow at all; otherwise the
 * outcome is parseDataset's, the same for both formats.
 */
export type ReadOutcome =
  | { readonly format: DatasetFormat; readonly unreadable: string; readonly value: null; readonly problems: readonly [] }
  | ({ readonly format: DatasetFormat; readonly unreadable?: undefined } & ParseOutcome<Dataset>);

export function readDatasetBytes(bytes: Uint8Array): ReadOutcome {
  if (looksLikeArrow(bytes)) {
    const outcome = readArrowDataset(bytes);
    const framing = outcome.value === null && outcome.problems.length === 1 ? outcome.problems[0]!.message : '';
    // A file that is not readable Arrow is reported like JSON that does not parse: one message, no list.
    if (framing.startsWith('not a readable Arrow file')) return { format: 'arrow', unreadable: framing.replace(/^not /, ''), value: null, problems: [] };
    return { format: 'arrow', ...outcome };
  }
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8').decode(bytes));
  } catch (e) {
    return { format: 'json', unreadable: `valid JSON: ${(e as Error).message}`, value: null, problems: [] };
  }
  return { format: 'json', ...parseDataset(json) };
}

/** The message for bytes that are not a dataset file at all: "data/x.json is not valid JSON: …". */
export function unreadableMessage(name: string, unreadable: string): string {
  return `${name} is not ${unreadable}`;
}
