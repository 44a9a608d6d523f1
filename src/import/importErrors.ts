import type { Problem } from '../domain/parseDataset';

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
}

export type ImportResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ImportError };

export function importError(code: ImportErrorCode, message: string, extra: Omit<ImportError, 'code' | 'message'> = {}): ImportError {
  return { code, message, ...extra };
}
