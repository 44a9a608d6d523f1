import type { EventRecord } from '../../domain/schema';
import { evidenceKey, withEvidence } from '../review';
import type { StoredOverlay } from '../types';

/**
 * Overlays: the analyst's changes to events of a dataset the workspace does not own.
 * The dataset's identity is its address ('builtin' for the built-in article) — see
 * `datasetKeyFor` — so the same event id in another dataset is another overlay.
 */

/** Overlays from workspace version 1, made before datasets had identities, apply to any dataset. */
export const ANY_DATASET = '*';

export function overlayId(datasetKey: string, eventId: string): string {
  return `${datasetKey}\u0000${eventId}`;
}

export function newOverlay(datasetKey: string, eventId: string, now: string): Omit<StoredOverlay, 'rev'> {
  return { id: overlayId(datasetKey, eventId), datasetKey, eventId, patch: {}, addedEvidence: [], removedEvidence: [], deleted: false, updatedAt: now };
}

/** The dataset's event with the analyst's overlay laid over it; null when they deleted it. */
export function overlaid(event: EventRecord, overlay: StoredOverlay): EventRecord | null {
  if (overlay.deleted) return null;
  const removed = new Set(overlay.removedEvidence);
  const out: Record<string, unknown> = { ...event };
  for (const [key, value] of Object.entries(overlay.patch)) {
    if (value === undefined) continue;
    if (value === '' && (key === 'description' || key === 'note')) delete out[key];
    else out[key] = value;
  }
  const when = out.when as string;
  // An excerpt that gives the event's own date agrees with it and need not say so.
  out.evidence = withEvidence(event.evidence.filter((e) => !removed.has(evidenceKey(e))), overlay.addedEvidence).map(({ when: implied, ...e }) =>
    implied && implied !== when ? { ...e, when: implied } : e);
  if (overlay.edited) out.edited = overlay.edited;
  return out as EventRecord;
}
