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
  /** The review status (a ReviewStatus), when the versions are candidates. */
  readonly status?: string;
}

/** The words of the comparison, in the interface language (English unless given). */
export interface VersionWords {
  readonly field: (field: 'event' | 'title' | 'date' | 'kind' | 'actors' | 'tags' | 'description' | 'note' | 'review') => string;
  readonly date: (edtf: string) => string;
  readonly kind: (kind: EventRecord['kind']) => string;
  readonly status: (status: string) => string;
  readonly kept: string;
  readonly deleted: string;
}

const FIELD_NAMES = {
  event: 'Event', title: 'Title', date: 'Date', kind: 'Kind', actors: 'Actors', tags: 'Tags', description: 'Description', note: 'Note', review: 'Review',
} as const;

export const ENGLISH_VERSION_WORDS: VersionWords = {
  field: (f) => FIELD_NAMES[f],
  date: (edtf) => formatEdtfWords(edtf, 'en-GB'),
  kind: (k) => KIND_LABELS[k],
  status: (s) => REVIEW_LABELS[s as keyof typeof REVIEW_LABELS] ?? s,
  kept: 'kept, with your changes',
  deleted: 'deleted',
};

/** The event as it is now, from the record the conflict carries; null when it was deleted. */
export function theirVersion(current: WorkspaceRecord | null, shownBefore: EventRecord): ComparableEvent | null {
  if (!current) return null;
  if ('record' in current && 'state' in current) {
    const stored = current as StoredEvent;
    return { ...stored.record, status: stored.record.review.status };
  }
  if ('patch' in current) return overlaid(shownBefore, current as StoredOverlay);
  return shownBefore;
}

const list = (items: readonly string[]) => (items.length ? items.join(', ') : '—');

export function versionRows(mine: ComparableEvent, theirs: ComparableEvent | null, words: VersionWords = ENGLISH_VERSION_WORDS): VersionRow[] {
  if (!theirs) return [{ field: words.field('event'), mine: words.kept, theirs: words.deleted }];
  const rows: VersionRow[] = [];
  const add = (field: Parameters<VersionWords['field']>[0], a: string, b: string) => {
    if (a !== b) rows.push({ field: words.field(field), mine: a, theirs: b });
  };
  add('title', mine.title, theirs.title);
  add('date', words.date(mine.when), words.date(theirs.when));
  add('kind', words.kind(mine.kind), words.kind(theirs.kind));
  add('actors', list(mine.actors), list(theirs.actors));
  add('tags', list(mine.tags), list(theirs.tags));
  add('description', mine.description ?? '—', theirs.description ?? '—');
  add('note', mine.note ?? '—', theirs.note ?? '—');
  if (mine.status && theirs.status) add('review', words.status(mine.status), words.status(theirs.status));
  return rows;
}
