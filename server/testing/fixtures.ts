import type { Command } from '../../src/workspace/commands/command';
import type { SubmittedCommand } from '../../src/workspace/commands/commandSchema';
import type { StoredEvent, StoredSource } from '../../src/workspace/types';
import { randomUUID } from 'node:crypto';

/** Records and commands for server tests, in the shapes the browser's workspace makes. */

export const NOW = '2025-09-01T12:00:00.000Z';
export const TEXT = 'On 4 March 2025 the Port of Hamburg 🚢 said dock workers would strike.';

export function source(id = 'src-port', text = TEXT): StoredSource {
  return {
    id, rev: 1, origin: { kind: 'paste' }, importedAt: NOW, extraction: null, furniture: [],
    source: { id, title: 'Port strike', language: 'en', text },
  };
}

export function event(id: string, title = 'Port strike begins', sourceId = 'src-port'): StoredEvent {
  return {
    id, rev: 1, sourceId, state: 'unreviewed', proposed: null, updatedAt: NOW,
    record: {
      id, title, when: '2025-03-04', kind: 'occurrence', actors: [], tags: [], relations: [], review: { status: 'unreviewed' },
      evidence: [{ sourceId, start: 3, end: 15, quote: TEXT.slice(3, 15) }],
    },
  };
}

export function submitted(command: Command, id: string = randomUUID()): SubmittedCommand {
  return { ...command, id };
}
