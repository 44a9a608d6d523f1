import { applyReview, withEvidence, type ReviewAction } from '../review';
import { labelled, short, type HistoryLabel } from './labels';
import type { StoredEvent } from '../types';
import { create, update, type Command, type RecordChange } from './command';
import { newOverlay, overlayId } from './overlays';
import { refuse, writeCode, refuseConflict, type CommandContext, type RecordReader } from './plan';

/**
 * A review decision as a command: accept, reject, edit-and-accept, reopen, or merge into
 * another event — a workspace event, or one of the open dataset's (`datasetKey`), whose
 * overlay gets the excerpts. The target is read inside the transaction, so two tabs
 * merging into the same event both land.
 */

const VERBS: Record<ReviewAction['action'], HistoryLabel> = {
  accept: 'accept', reject: 'reject', edit: 'editAccept', merge: 'merge', reopen: 'reopen',
};

export async function planReview(read: RecordReader, id: string, action: ReviewAction, ctx: CommandContext, datasetKey: string): Promise<{ command: Command; event: StoredEvent }> {
  const current = await read.get('events', id);
  if (!current) refuse('not-found', `There is no event "${id}" in the workspace.`, undefined, writeCode('noEvent', { id }));
  if (current.rev !== action.expectedRev) refuseConflict(id, action.expectedRev, current, current.record.title);
  const outcome = applyReview(current, action, { now: ctx.now, ...(ctx.by ? { reviewer: ctx.by } : {}) });
  if (!outcome.ok) refuse('invalid', outcome.message, outcome.problems, outcome.messageCode);
  const changes: RecordChange[] = [update('events', current, outcome.event)];
  let label = labelled(VERBS[action.action], { title: short(outcome.event.record.title) });
  if (outcome.merge) {
    const { targetEventId } = outcome.merge;
    const target = await read.get('events', targetEventId);
    if (target) {
      if (target.state === 'merged') refuse('invalid', `"${target.record.title}" was itself merged; merge into ${target.mergedInto} instead.`, undefined, writeCode('mergedTarget', { title: target.record.title, into: target.mergedInto ?? '' }));
      // An excerpt that gives the target's own date agrees with it and need not say so.
      const evidence = outcome.merge.evidence.map(({ when, ...e }) => (when && when !== target.record.when ? { ...e, when } : e));
      changes.push(update('events', target, { ...target, updatedAt: ctx.now, record: { ...target.record, evidence: withEvidence(target.record.evidence, evidence) } }));
      label = labelled('merge', { title: short(current.record.title), target: short(target.record.title) });
    } else {
      const oid = overlayId(datasetKey, targetEventId);
      const before = await read.get('overlays', oid);
      const base = before ?? newOverlay(datasetKey, targetEventId, ctx.now);
      const after = { ...base, updatedAt: ctx.now, addedEvidence: withEvidence(base.addedEvidence, outcome.merge.evidence) };
      changes.push(before ? update('overlays', before, after) : create('overlays', after));
    }
  }
  return { command: { ...label, changes }, event: outcome.event };
}
