import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { EvidenceRecord } from '../domain/schema';
import { ANY_DATASET, newOverlay } from './commands/overlays';
import type { HistoryEntry } from './history';
import type { StoredActor, StoredEvent, StoredOverlay, StoredSource, StoredStory } from './types';

/** The IndexedDB layout. Bump DB_VERSION and add a step in `upgrade` for every change. */
export interface WorkspaceDB extends DBSchema {
  sources: { key: string; value: StoredSource };
  events: { key: string; value: StoredEvent; indexes: { bySource: string; byState: string } };
  overlays: { key: string; value: StoredOverlay };
  actors: { key: string; value: StoredActor };
  stories: { key: string; value: StoredStory };
  /** Every command applied in this profile, oldest first; `undone` entries are the redo stack. */
  history: { key: number; value: HistoryEntry };
}

/** Version 1's store of evidence merged into dataset events; moved into `overlays` by version 2. */
interface V1Addition {
  readonly id: string;
  readonly rev: number;
  readonly evidence: readonly EvidenceRecord[];
  readonly updatedAt: string;
}

export const DEFAULT_WORKSPACE_NAME = 'sourceline-workspace';
export const DB_VERSION = 2;

export function openWorkspaceDB(name: string, onBlocking: () => void): Promise<IDBPDatabase<WorkspaceDB>> {
  return openDB<WorkspaceDB>(name, DB_VERSION, {
    async upgrade(db, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) {
        db.createObjectStore('sources', { keyPath: 'id' });
        const events = db.createObjectStore('events', { keyPath: 'id' });
        events.createIndex('bySource', 'sourceId');
        events.createIndex('byState', 'state');
      }
      if (oldVersion < 2) {
        const overlays = db.createObjectStore('overlays', { keyPath: 'id' });
        db.createObjectStore('actors', { keyPath: 'id' });
        db.createObjectStore('stories', { keyPath: 'id' });
        db.createObjectStore('history', { keyPath: 'seq', autoIncrement: true });
        if (oldVersion === 1) {
          // Version 1 kept merged excerpts by event id alone; they still apply to whichever dataset has that event.
          const legacy = tx.objectStore('additions' as never) as unknown as { getAll(): Promise<V1Addition[]> };
          for (const a of await legacy.getAll()) {
            await overlays.put({ ...newOverlay(ANY_DATASET, a.id, a.updatedAt), id: `${ANY_DATASET}\u0000${a.id}`, rev: a.rev, addedEvidence: [...a.evidence] });
          }
          db.deleteObjectStore('additions' as never);
        }
      }
    },
    // Another tab wants a newer version: step aside so that it can upgrade.
    blocking: onBlocking,
  });
}
