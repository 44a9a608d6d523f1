import type { Problem } from '../domain/parseDataset';
import type { DatasetInput } from '../domain/schema';
import type { WorkspaceSnapshot } from './compose';

/** A workspace source that brought data the view could not read: offered for removal. */
export interface UnreadableSource {
  readonly id: string;
  readonly rev: number;
  readonly title: string;
}

/**
 * The workspace sources behind the errors of parsing `composed` (base ∪ workspace).
 * Without this an invalid stored record shows an error on every load and nothing in
 * the page leads to the source that brought it. Pure.
 */
export function unreadableSources(problems: readonly Problem[], composed: DatasetInput, snapshot: WorkspaceSnapshot): UnreadableSource[] {
  const sourceOfEvent = new Map(snapshot.events.map((e) => [e.id, e.sourceId]));
  const stored = new Map(snapshot.sources.map((s) => [s.id, s]));
  const found = new Map<string, UnreadableSource>();
  for (const p of problems) {
    if (p.severity !== 'error') continue;
    const m = /^(sources|events)\[(\d+)\]/u.exec(p.path);
    if (!m) continue;
    const item = (m[1] === 'sources' ? composed.sources : composed.events)[Number(m[2])] as { id?: unknown } | undefined;
    const id = typeof item?.id === 'string' ? item.id : null;
    const sourceId = id === null ? null : m[1] === 'sources' ? id : sourceOfEvent.get(id);
    const source = sourceId ? stored.get(sourceId) : undefined;
    if (source) found.set(source.id, { id: source.id, rev: source.rev, title: source.source.title });
  }
  return [...found.values()];
}
