import type { StoredEvent } from '../../workspace';

/**
 * The review list's keys, as data: one keystroke per decision while the list has focus.
 * Shown in the panel's footer and in the README; performed by ReviewPanel.
 */
export type ReviewCommand = 'accept' | 'edit' | 'merge' | 'reject' | 'reopen' | 'next' | 'previous' | 'first' | 'last';

export interface ReviewKey {
  readonly key: string;
  readonly label: string;
  readonly command: ReviewCommand;
  /** Catalogue key of what the key does. */
  readonly descriptionKey: string;
}

export const REVIEW_KEYS: readonly ReviewKey[] = [
  { key: 'a', label: 'a', command: 'accept', descriptionKey: 'reviewKeys.accept' },
  { key: 'e', label: 'e', command: 'edit', descriptionKey: 'reviewKeys.edit' },
  { key: 'm', label: 'm', command: 'merge', descriptionKey: 'reviewKeys.merge' },
  { key: 'r', label: 'r', command: 'reject', descriptionKey: 'reviewKeys.reject' },
  { key: 'u', label: 'u', command: 'reopen', descriptionKey: 'reviewKeys.reopen' },
  { key: 'ArrowDown', label: '↓', command: 'next', descriptionKey: 'reviewKeys.next' },
  { key: 'ArrowUp', label: '↑', command: 'previous', descriptionKey: 'reviewKeys.previous' },
  { key: 'Home', label: 'Home', command: 'first', descriptionKey: 'reviewKeys.first' },
  { key: 'End', label: 'End', command: 'last', descriptionKey: 'reviewKeys.last' },
];

export function reviewCommandFor(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): ReviewCommand | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (key === 'Enter') return 'edit';
  return REVIEW_KEYS.find((k) => k.key === key)?.command ?? null;
}

/** The candidate to select after one at `index` was decided: the next undecided one after it, else before it, else stay. */
export function nextUndecided(candidates: readonly StoredEvent[], index: number): number {
  for (let i = index + 1; i < candidates.length; i++) if (candidates[i]!.state === 'unreviewed') return i;
  for (let i = 0; i < index; i++) if (candidates[i]!.state === 'unreviewed') return i;
  return index;
}

export function stepIndex(command: 'next' | 'previous' | 'first' | 'last', index: number, count: number): number {
  if (count === 0) return -1;
  switch (command) {
    case 'next':
      return Math.min(count - 1, index + 1);
    case 'previous':
      return Math.max(0, index < 0 ? 0 : index - 1);
    case 'first':
      return 0;
    case 'last':
      return count - 1;
  }
}
