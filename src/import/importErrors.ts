import type { Problem } from '../domain/parseDataset';
import type { MessageCode } from '../domain/when';

/**
 * Why an input was refused. Plain data (it crosses postMessage and is shown as is):
 * `message` is a sentence for the analyst, `code` is for the program.
 */
export type ImportErrorCode =
  | 'empty'
  | 'too-large'
  | 'binary'
  | 'unsupported-type'
  | 'invalid-json'
  | 'not-a-dataset'
  | 'no-article'
  | 'unreadable';

export interface ImportError {
  readonly code: ImportErrorCode;
  readonly message: string;
  readonly fileName?: string;
  /** For a dataset that could not be used: what parseDataset found, with paths. */
  readonly problems?: readonly Problem[];
  /** `message` as a catalogue key (`importError.*`) and values, for the interface's language. */
  readonly messageCode?: MessageCode;
}

export type ImportResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ImportError };

export function importError(code: ImportErrorCode, message: string, extra: Omit<ImportError, 'code' | 'message'> = {}): ImportError {
  return { code, message, ...extra };
}

/**
 * The code of an import message about a file (`name`) or, without one, about pasted text:
 * the catalogues word the second case under the `_pasted` context.
 */
export function importWords(key: string, fileName: string | undefined, params: Readonly<Record<string, string | number>> = {}): { messageCode: MessageCode } {
  return { messageCode: { key: `importError.${key}`, params: fileName === undefined ? { ...params, context: 'pasted' } : { ...params, name: fileName } } };
}
