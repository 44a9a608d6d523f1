import type { DatasetIndex } from '../domain/dataset';
import type { Problem } from '../domain/parseDataset';
import type { EventFilters } from '../domain/search';

/**
 * Actor and source ids from a link that the loaded dataset does not have. A filter on an
 * unknown id would hide every event with no word of why ("0 of 12 events"), so they are
 * dropped, and named in a notice like the link's other ignored parameters. Pure.
 */
export function dropUnknownFilterIds(filters: EventFilters, index: DatasetIndex): { filters: EventFilters; problems: Problem[] } {
  const problems: Problem[] = [];
  const keep = (param: string, what: string, ids: readonly string[], known: ReadonlyMap<string, unknown>): readonly string[] => {
    const unknown = ids.filter((id) => !known.has(id));
    if (unknown.length === 0) return ids;
    const names = unknown.map((id) => `"${id.length > 60 ? `${id.slice(0, 60)}…` : id}"`).join(', ');
    problems.push({
      path: `?${param}`,
      message: `this dataset has no ${what} ${names}; the filter was left out (choose one from the filter panel)`,
      severity: 'warning',
    });
    return ids.filter((id) => known.has(id));
  };
  const actors = keep('actor', unknownWord('actor', filters.actors, index.actorById), filters.actors, index.actorById);
  const sources = keep('source', unknownWord('source', filters.sources, index.sourceById), filters.sources, index.sourceById);
  if (problems.length === 0) return { filters, problems };
  return { filters: { ...filters, actors, sources }, problems };
}

function unknownWord(what: string, ids: readonly string[], known: ReadonlyMap<string, unknown>): string {
  return ids.filter((id) => !known.has(id)).length === 1 ? what : `${what}s`;
}
