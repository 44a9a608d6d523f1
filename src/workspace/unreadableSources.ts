import type { WorkspaceSnapshot } from './compose';
import type { ComposedView } from './composeView';

/** A workspace source that brought data the view could not read: offered for removal. */
export interface UnreadableSource {
  readonly id: string;
  readonly rev: number;
  readonly title: string;
}

/**
 * The workspace sources behind the items the view could not read (composeView's
 * `rejected`). Without this an invalid stored record shows an error on every load and
 * nothing in the page leads to the source that brought it. Pure.
 */
export function unreadableSources(rejected: ComposedView['rejected'], snapshot: WorkspaceSnapshot): UnreadableSource[] {
  const sourceOfEvent = new Map(snapshot.events.map((e) => [e.id, e.sourceId]));
  const stored = new Map(snapshot.sources.map((s) => [s.id, s]));
  const found = new Map<string, UnreadableSource>();
  const sourceIds = [...rejected.sourceIds, ...rejected.eventIds.map((id) => sourceOfEvent.get(id))];
  for (const sourceId of sourceIds) {
    const source = sourceId ? stored.get(sourceId) : undefined;
    if (source) found.set(source.id, { id: source.id, rev: source.rev, title: source.source.title });
  }
  return [...found.values()];
}
