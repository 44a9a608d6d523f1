import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { Database } from '../db/database';
import { NOTIFY_CHANNEL } from '../service/commands';

/**
 * Live changes: one LISTEN per server process on the channel every command notifies at
 * commit, fanned out to each workspace's Server-Sent Events streams. A stream carries
 * only the new sequence number; the client pulls the commands after the one it has, so a
 * missed message costs a pull, never a change.
 */

export interface ChangeFeed {
  subscribe(workspaceId: string, onSeq: (seq: number) => void): () => void;
  close(): Promise<void>;
}

export async function listenForChanges(db: Database): Promise<ChangeFeed> {
  const subscribers = new Map<string, Set<(seq: number) => void>>();
  const stop = await db.listen(NOTIFY_CHANNEL, (payload) => {
    try {
      const { workspace, seq } = JSON.parse(payload) as { workspace: string; seq: number };
      for (const notify of subscribers.get(workspace) ?? []) notify(seq);
    } catch {
      // Not ours: something else notified on the channel.
    }
  });
  return {
    subscribe(workspaceId, onSeq) {
      let set = subscribers.get(workspaceId);
      if (!set) subscribers.set(workspaceId, (set = new Set()));
      set.add(onSeq);
      return () => {
        set.delete(onSeq);
        if (!set.size) subscribers.delete(workspaceId);
      };
    },
    close: stop,
  };
}

/** Heartbeats keep proxies from closing an idle stream. */
const HEARTBEAT_MS = 25_000;

export function streamChanges(c: Context, feed: ChangeFeed, workspaceId: string) {
  return streamSSE(c, async (stream) => {
    let wake: (() => void) | null = null;
    const pending: number[] = [];
    const unsubscribe = feed.subscribe(workspaceId, (seq) => {
      pending.push(seq);
      wake?.();
    });
    stream.onAbort(() => {
      unsubscribe();
      wake?.();
    });
    try {
      await stream.writeSSE({ event: 'ready', data: '{}' });
      while (!stream.aborted) {
        if (!pending.length) {
          await new Promise<void>((resolve) => {
            wake = resolve;
            setTimeout(resolve, HEARTBEAT_MS);
          });
          wake = null;
        }
        if (stream.aborted) break;
        const seq = pending.length ? Math.max(...pending.splice(0)) : null;
        await stream.writeSSE(seq === null ? { event: 'ping', data: '{}' } : { event: 'seq', data: JSON.stringify({ seq }) });
      }
    } finally {
      unsubscribe();
    }
  });
}
