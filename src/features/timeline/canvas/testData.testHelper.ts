/**
 * Small datasets for the canvas tests, built through the real parser so that extents,
 * flags and ordering are exactly what the app sees.
 */
import { indexDataset, type DatasetIndex } from '../../../domain/dataset';
import { parseDataset } from '../../../domain/parseDataset';

export interface EventSpec {
  readonly id: string;
  readonly when: string;
  readonly kind?: 'occurrence' | 'report' | 'anniversary';
  readonly actors?: readonly string[];
  readonly sources?: readonly string[];
}

export function makeIndex(events: readonly EventSpec[], actors: readonly string[] = []): DatasetIndex {
  const text = 'Some source text that evidence can point at.';
  const sourceIds = [...new Set(events.flatMap((e) => e.sources ?? []))];
  const { value, problems } = parseDataset({
    format: 'sourceline/dataset',
    version: 1,
    sources: sourceIds.map((id) => ({ id, title: `Source ${id}`, language: 'en', text })),
    actors: actors.map((id) => ({ id, name: `Actor ${id.toUpperCase()}` })),
    events: events.map((e) => ({
      id: e.id,
      title: `Event ${e.id}`,
      when: e.when,
      kind: e.kind ?? 'occurrence',
      actors: e.actors ?? [],
      evidence: (e.sources ?? []).map((sourceId) => ({ sourceId, start: 0, end: 4, quote: 'Some' })),
    })),
  });
  if (!value) throw new Error(`bad fixture: ${JSON.stringify(problems)}`);
  return indexDataset(value);
}

/** All events shown. */
export function allVisible(index: DatasetIndex): Uint32Array {
  return Uint32Array.from(index.dataset.events.keys());
}
