import type { TimelineEvent } from './dataset';
import type { EventKind, RelationType, ReviewStatus } from './schema';

/**
 * Relations between events, both ways. Events store only their outgoing relations
 * ("this report reports that call"); the incoming side ("reported by") is derived
 * once per dataset so that showing an event does not scan every other one.
 */

export interface IncomingRelation {
  readonly type: RelationType;
  /** The event that holds the relation. */
  readonly from: string;
}

/** For each event id, the relations other events hold towards it, in dataset order. */
export function incomingRelations(events: readonly TimelineEvent[]): ReadonlyMap<string, readonly IncomingRelation[]> {
  const incoming = new Map<string, IncomingRelation[]>();
  for (const event of events) {
    for (const r of event.relations) {
      let list = incoming.get(r.target);
      if (!list) incoming.set(r.target, (list = []));
      list.push({ type: r.type, from: event.id });
    }
  }
  return incoming;
}

export interface RelationGroup {
  /** Outgoing: this event "reports" the others; incoming: the others report it ("reported by"). */
  readonly direction: 'outgoing' | 'incoming';
  readonly type: RelationType;
  readonly eventIds: readonly string[];
}

const RELATION_ORDER: readonly RelationType[] = ['part-of', 'reports', 'anniversary-of', 'mentions', 'follows'];

/**
 * An event's relations grouped for display: outgoing first, then incoming, one group
 * per relation type, each id once, in a stable order.
 */
export function relationGroups(
  event: Pick<TimelineEvent, 'id' | 'relations'>,
  incoming: ReadonlyMap<string, readonly IncomingRelation[]>,
): RelationGroup[] {
  const groups: RelationGroup[] = [];
  const add = (direction: RelationGroup['direction'], type: RelationType, ids: string[]) => {
    const unique = [...new Set(ids)];
    if (unique.length > 0) groups.push({ direction, type, eventIds: unique });
  };
  const theirs = incoming.get(event.id) ?? [];
  for (const type of RELATION_ORDER) add('outgoing', type, event.relations.filter((r) => r.type === type).map((r) => r.target));
  for (const type of RELATION_ORDER) add('incoming', type, theirs.filter((r) => r.type === type).map((r) => r.from));
  return groups;
}

export const KIND_LABELS: Record<EventKind, string> = {
  occurrence: 'Occurrence',
  report: 'Report or statement',
  anniversary: 'Anniversary',
};

export const REVIEW_LABELS: Record<ReviewStatus, string> = {
  unreviewed: 'Not reviewed',
  accepted: 'Accepted',
  rejected: 'Rejected',
};
