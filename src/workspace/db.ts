import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { StoredAddition, StoredEvent, StoredSource } from './types';

/** The IndexedDB layout. Bump DB_VERSION and add a step in `upgrade` for every change. */
export interface WorkspaceDB extends DBSchema {
  sources: { key: string; value: StoredSource };
  events: { key: string; value: StoredEvent; indexes: { bySource: string; byState: string } };
  additions: { key: string; value: StoredAddition };
}

export const DEFAULT_WORKSPACE_NAME = 'sourceline-workspace';
export const DB_VERSION = 1;

export function openWorkspaceDB(name: string, onBlocking: () => void): Promise<IDBPDatabase<WorkspaceDB>> {
  return openDB<WorkspaceDB>(name, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('sources', { keyPath: 'id' });
        const events = db.createObjectStore('events', { keyPath: 'id' });
        events.createIndex('bySource', 'sourceId');
        events.createIndex('byState', 'state');
        db.createObjectStore('additions', { keyPath: 'id' });
      }
    },
    // Another tab wants a newer version: step aside so that it can upgrade.
    blocking: onBlocking,
  });
}
