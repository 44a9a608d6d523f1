import type { Command, RecordChange } from '../../src/workspace/commands/command';

/**
 * Who may do what, as pure functions of the member's role and the command: the server
 * asks these on every request. A reviewer decides on candidates — accepts, rejects, edits,
 * merges them and writes notes — and may add an actor while doing so; they may not delete
 * events or sources, nor change sources, stories or existing actors. A viewer only reads.
 */

export const ROLES = ['owner', 'editor', 'reviewer', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const mayRead = (_role: Role) => true;
export const mayWrite = (role: Role) => role !== 'viewer';
export const mayManageMembers = (role: Role) => role === 'owner';

/** Why `role` may not make this change, or null when it may. */
export function changeRefusal(role: Role, change: RecordChange): string | null {
  if (role === 'owner' || role === 'editor') return null;
  if (role === 'viewer') return 'a viewer can only read the workspace';
  switch (change.store) {
    case 'events':
      if (!change.after) return 'a reviewer cannot delete events';
      if (!change.before) return 'a reviewer cannot create events, only decide on candidates';
      return null;
    case 'overlays':
      if (!change.after) return 'a reviewer cannot revert events to the original';
      if (change.after.deleted && !change.before?.deleted) return 'a reviewer cannot delete events';
      return null;
    case 'actors':
      return change.before ? 'a reviewer cannot rename or merge actors' : null;
    case 'sources':
      return change.after ? 'a reviewer cannot change sources' : 'a reviewer cannot delete sources';
    case 'stories':
      return 'a reviewer cannot change stories';
  }
}

/** The first reason the command is refused to `role`, or null. */
export function commandRefusal(role: Role, command: Command): string | null {
  if (role === 'viewer') return 'a viewer can only read the workspace';
  for (const change of command.changes) {
    const reason = changeRefusal(role, change);
    if (reason) return reason;
  }
  return null;
}
