import { eventSchema, type EventRecord, type EvidenceRecord } from '../domain/schema';
import type { MessageCode } from '../domain/when';
import { zodProblems, type Problem } from '../domain/parseDataset';
import { parseEdtf } from '../domain/when';
import type { EventPatch, StoredEvent } from './types';

/**
 * The review of one candidate as a pure function: the stored event and an action in,
 * the next stored event (and evidence to add to a merge target) out. The workspace runs
 * it inside a transaction; tests call it directly.
 */

/** What the analyst can change on an event. `when` is EDTF, which also carries the precision ("2025-08", "2025-08-12"). */
export type EventChanges = EventPatch;

export type ReviewAction =
  | { readonly action: 'accept'; readonly expectedRev: number }
  | { readonly action: 'reject'; readonly expectedRev: number }
  /** Change and accept (an accepted event can be edited again). */
  | { readonly action: 'edit'; readonly expectedRev: number; readonly changes: EventChanges }
  /** Add this candidate's evidence to another event (workspace or built-in) and retire the candidate. */
  | { readonly action: 'merge'; readonly expectedRev: number; readonly targetEventId: string }
  /** Back to unreviewed: undoes accept or reject. */
  | { readonly action: 'reopen'; readonly expectedRev: number };

export interface ReviewContext {
  /** ISO 8601 date-time of the review. */
  readonly now: string;
  readonly reviewer?: string;
}

export type ReviewOutcome =
  | { readonly ok: true; readonly event: StoredEvent; readonly merge?: { readonly targetEventId: string; readonly evidence: readonly EvidenceRecord[] } }
  | { readonly ok: false; readonly message: string; readonly messageCode?: MessageCode; readonly problems?: readonly Problem[] };

function reviewed(record: EventRecord, status: EventRecord['review']['status'], ctx: ReviewContext): EventRecord {
  return {
    ...record,
    review: status === 'unreviewed' ? { status } : { status, reviewedAt: ctx.now, ...(ctx.reviewer ? { reviewer: ctx.reviewer } : {}) },
  };
}

export function applyReview(stored: StoredEvent, action: ReviewAction, ctx: ReviewContext): ReviewOutcome {
  const next = (state: StoredEvent['state'], record: EventRecord, extra: Partial<StoredEvent> = {}): StoredEvent => {
    const { mergedInto: _m, ...rest } = stored;
    return { ...rest, ...extra, state, record, rev: stored.rev + 1, updatedAt: ctx.now };
  };
  if (stored.state === 'merged' && action.action !== 'reopen') {
    return {
      ok: false, message: `"${stored.record.title}" was merged into ${stored.mergedInto}; reopen it first.`,
      messageCode: { key: 'write.mergedAlready', params: { title: stored.record.title, into: stored.mergedInto ?? '' } },
    };
  }
  switch (action.action) {
    case 'accept':
      return { ok: true, event: next('accepted', reviewed(stored.record, 'accepted', ctx)) };
    case 'reject':
      return { ok: true, event: next('rejected', reviewed(stored.record, 'rejected', ctx)) };
    case 'reopen':
      if (stored.state === 'merged') {
        return { ok: false, message: 'A merged candidate cannot be reopened: remove its excerpt from the event it was merged into instead.', messageCode: { key: 'write.reopenMerged', params: {} } };
      }
      return { ok: true, event: next('unreviewed', reviewed(stored.record, 'unreviewed', ctx)) };
    case 'edit': {
      const c = action.changes;
      const edited = {
        ...stored.record,
        ...(c.title !== undefined ? { title: c.title.trim() } : {}),
        ...(c.when !== undefined ? { when: c.when.trim() } : {}),
        ...(c.kind !== undefined ? { kind: c.kind } : {}),
        ...(c.actors !== undefined ? { actors: [...c.actors] } : {}),
        ...(c.tags !== undefined ? { tags: [...c.tags] } : {}),
        ...(c.description !== undefined ? (c.description.trim() ? { description: c.description.trim() } : { description: undefined }) : {}),
        ...(c.note !== undefined ? (c.note.trim() ? { note: c.note.trim() } : { note: undefined }) : {}),
        ...(c.relations !== undefined ? { relations: [...c.relations] } : {}),
        edited: { at: ctx.now, ...(ctx.reviewer ? { by: ctx.reviewer } : {}) },
      };
      if (edited.description === undefined) delete (edited as { description?: string }).description;
      if (edited.note === undefined) delete (edited as { note?: string }).note;
      const problems = validateEvent(edited);
      if (problems.length) return { ok: false, message: problems.map((p) => `${p.path}: ${p.message}`).join('; '), problems };
      return { ok: true, event: next('accepted', reviewed(eventSchema.parse(edited), 'accepted', ctx)) };
    }
    case 'merge': {
      if (action.targetEventId === stored.id) return { ok: false, message: 'An event cannot be merged into itself.', messageCode: { key: 'write.eventIntoItself', params: {} } };
      return {
        ok: true,
        event: next('merged', reviewed(stored.record, 'accepted', ctx), { mergedInto: action.targetEventId }),
        // Each excerpt remembers the date it gave, so a disagreement with the target stays visible.
        merge: { targetEventId: action.targetEventId, evidence: stored.record.evidence.map((e) => ({ ...e, when: e.when ?? stored.record.when })) },
      };
    }
  }
}

/** The schema's checks and a readable date: what makes an event fit to show. */
export function validateEvent(record: unknown): Problem[] {
  const r = eventSchema.safeParse(record, { reportInput: true });
  if (!r.success) return zodProblems(r.error);
  const when = parseEdtf(r.data.when);
  return when.ok ? [] : [{ path: 'when', message: when.reason, severity: 'error' }];
}

/** One excerpt's identity: its source and span. */
export function evidenceKey(e: Pick<EvidenceRecord, 'sourceId' | 'start' | 'end'>): string {
  return `${e.sourceId}\u0000${e.start}\u0000${e.end}`;
}

/** Evidence added to an event, each span once. */
export function withEvidence(existing: readonly EvidenceRecord[], added: readonly EvidenceRecord[]): EvidenceRecord[] {
  const key = evidenceKey;
  const seen = new Set(existing.map(key));
  return [...existing, ...added.filter((e) => !seen.has(key(e)) && seen.add(key(e)))];
}
