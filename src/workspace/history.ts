import { invertCommand, type Command } from './commands/command';
import type { LabelKey } from './commands/labels';

/**
 * The undo history as data. Each entry holds the command as last applied in its
 * direction: undoing applies its inverse and keeps that; redoing inverts again. Entries
 * marked `undone` are always the newest ones (the redo stack); a new command drops them.
 */

export interface HistoryEntry {
  /** Order of application; assigned by IndexedDB. */
  readonly seq?: number;
  /** "delete “Port strike begins”". */
  readonly label: string;
  /** ISO 8601 date-time the change was first made, and by whom. */
  readonly at: string;
  readonly by?: string;
  /** The command as applied last: forward when not undone, its inverse when undone. */
  readonly command: Command;
  readonly undone: boolean;
}

/** At most this many steps are kept; the oldest go first. */
export const HISTORY_LIMIT = 300;

/** A step's name: the English text, and the catalogue key to word it in the interface language when the step has one. */
export interface StepLabel {
  readonly text: string;
  readonly key?: LabelKey;
}

export interface HistoryState {
  /** The change Undo would take back, or null. */
  readonly undo: StepLabel | null;
  readonly redo: StepLabel | null;
}

export function stepLabel(entry: HistoryEntry): StepLabel {
  return entry.command.labelKey ? { text: entry.label, key: entry.command.labelKey } : { text: entry.label };
}

/** The command that flips an entry, and the entry as it will be once that is applied. */
export function flip(entry: HistoryEntry): { command: Command; next: HistoryEntry } {
  const command = invertCommand(entry.command, entry.label);
  return { command, next: { ...entry, command, undone: !entry.undone } };
}
