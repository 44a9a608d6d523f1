import type { Dataset } from '../../domain/dataset';
import { eventToRecord } from '../../domain/serializeDataset';
import type { MappedTable } from '../../import/table/mapRows';
import type { PlainMapContext } from '../../import/table/tableSession';
import type { WorkspaceSnapshot } from '../../workspace';
import { overlayId } from '../../workspace/commands/overlays';
import type { ImportedRow, TableImport } from '../../workspace/commands/tableImportCommands';

/**
 * Between the preview and the write: what the chronology already holds (for the
 * mapping), and the rows to import with the choices made (for the command). Pure.
 */

/** What to do with a row whose id names a different event. */
export type ConflictChoice = 'update' | 'new';

export function mapContextOf(view: Dataset, snapshot: WorkspaceSnapshot, fileName: string): PlainMapContext {
  const existing = new Map<string, string>();
  for (const e of view.events) existing.set(e.id, e.title);
  for (const e of snapshot.events) if (!existing.has(e.id)) existing.set(e.id, e.record.title);
  const actors: Record<string, string> = {};
  const add = (id: string, names: readonly string[]) => {
    for (const n of [id, ...names]) actors[n.toLowerCase()] ??= id;
  };
  for (const a of view.actors) add(a.id, [a.name, ...a.aliases]);
  for (const a of snapshot.actors) if (!a.mergedInto) add(a.id, [a.actor.name, ...a.actor.aliases]);
  return { existing: [...existing], actors, fileName };
}

/** The first id of the form `<id>-2`, `<id>-3`… that nothing uses. */
export function freshId(id: string, taken: ReadonlySet<string>): string {
  for (let n = 2; ; n++) {
    const candidate = `${id}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

export function tableImportOf(
  mapped: MappedTable,
  choices: ReadonlyMap<number, ConflictChoice>,
  view: Dataset,
  snapshot: WorkspaceSnapshot,
  datasetKey: string,
  fileName: string,
): TableImport {
  const stored = new Map(snapshot.events.map((e) => [e.id, e]));
  const overlays = new Map(snapshot.overlays.map((o) => [o.id, o]));
  const shown = new Map(view.events.map((e) => [e.id, e]));
  const taken = new Set<string>([...stored.keys(), ...shown.keys(), ...mapped.rows.map((r) => r.id)]);
  const rows: ImportedRow[] = [];
  for (const row of mapped.rows) {
    if (!row.fields) continue;
    const update = row.match === 'same' || (row.match === 'different' && choices.get(row.line) === 'update');
    if (row.match === 'new') rows.push({ action: 'create', id: row.id, fields: row.fields });
    else if (!update) {
      const id = freshId(row.id, taken);
      taken.add(id);
      rows.push({ action: 'create', id, fields: row.fields });
    } else if (stored.has(row.id)) {
      rows.push({ action: 'update', target: { owner: 'workspace', eventId: row.id, expectedRev: stored.get(row.id)!.rev }, fields: row.fields });
    } else {
      const event = shown.get(row.id)!;
      const expectedRev = overlays.get(overlayId(datasetKey, row.id))?.rev ?? 0;
      rows.push({ action: 'update', target: { owner: 'dataset', datasetKey, eventId: row.id, expectedRev, shown: eventToRecord(event) }, fields: row.fields });
    }
  }
  const used = new Set(rows.flatMap((r) => r.fields.actors ?? []));
  return { fileName, rows, actors: mapped.newActors.filter((a) => used.has(a.id)) };
}

export interface PreviewCounts {
  readonly create: number;
  readonly update: number;
  readonly different: number;
  readonly skipped: number;
}

export function previewCounts(mapped: MappedTable): PreviewCounts {
  let create = 0;
  let update = 0;
  let different = 0;
  let skipped = 0;
  for (const r of mapped.rows) {
    if (!r.fields) skipped++;
    else if (r.match === 'new') create++;
    else if (r.match === 'same') update++;
    else different++;
  }
  return { create, update, different, skipped };
}
