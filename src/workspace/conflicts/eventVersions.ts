import { formatEdtfWords } from '../../domain/corroboration';
import { KIND_LABELS, REVIEW_LABELS } from '../../domain/relations';
import type { EventRecord } from '../../domain/schema';
import { overlaid } from '../commands/overlays';
import type { StoredEvent, StoredOverlay, WorkspaceRecord } from '../types';

/**
 * A conflict in words: the analyst's version of an event beside the one another tab (or
 * analyst) saved meanwhile, field by field, showing only the fields where they differ —
 * so the analyst sees what they would overwrite before saving again. Pure.
 */

export interface VersionRow {
  readonly field: string;
  readonly mine: string;
  readonly theirs: string;
}

/** The fields compared; an event record is one. */
export interface ComparableEvent {
  readonly title: string;
  readonly when: string;
  readonly kind: EventRecord['kind'];
  readonly actors: readonly string[];
  readonly tags: readonly string[];
  readonly description?: string | undefined;
  readonly note?: string | undefined;
  readonly status?: string;
}

/** The event as it is now, from the record the conflict carries; null when it was deleted. */
export function theirVersion(current: WorkspaceRecord | null, shownBefore: EventRecord): ComparableEvent | null {
  if (!current) return null;
  if ('record' in current && 'state' in current) {
    const stored = current as StoredEvent;
    return { ...stored.record, status: REVIEW_LABELS[stored.record.review.status] };
  }
  if ('patch' in current) return overlaid(shownBefore, current as StoredOverlay);
  return shownBefore;
}

const list = (items: readonly string[]) => (items.length ? items.join(', ') : '—');

export function versionRows(mine: ComparableEvent, theirs: ComparableEvent | null): VersionRow[] {
  if (!theirs) return [{ field: 'Event', mine: 'kept, with your changes', theirs: 'deleted' }];
  const rows: VersionRow[] = [];
  const add = (field: string, a: string, b: string) => {
    if (a !== b) rows.push({ field, mine: a, theirs: b });
  };
  add('Title', mine.title, theirs.title);
  add('Date', formatEdtfWords(mine.when), formatEdtfWords(theirs.when));
  add('Kind', KIND_LABELS[mine.kind], KIND_LABELS[theirs.kind]);
  add('Actors', list(mine.actors), list(theirs.actors));
  add('Tags', list(mine.tags), list(theirs.tags));
  add('Description', mine.description ?? '—', theirs.description ?? '—');
  add('Note', mine.note ?? '—', theirs.note ?? '—');
  if (mine.status && theirs.status) add('Review', mine.status, theirs.status);
  return rows;
}
