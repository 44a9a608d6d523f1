/**
 * The audience window and the console talk over one BroadcastChannel. The audience window
 * is the truth about where the presentation is; the console asks it to move and shows
 * what it says. Either side says hello when it opens, and the audience answers every
 * hello with its state, so a window closed and reopened finds the other again.
 */
export const PRESENT_CHANNEL = 'sourceline-present';

export interface AudienceState {
  /** 0-based scene index. */
  readonly scene: number;
  readonly count: number;
  readonly blank: boolean;
  /** When the presentation started (ms since epoch), for the console's clock. */
  readonly startedAt: number;
}

export type PresentMessage =
  | { readonly type: 'hello'; readonly role: 'audience' | 'console'; readonly data: string }
  | { readonly type: 'state'; readonly data: string; readonly state: AudienceState }
  | { readonly type: 'go'; readonly data: string; readonly scene: number }
  | { readonly type: 'blank'; readonly data: string; readonly blank: boolean }
  | { readonly type: 'bye'; readonly role: 'audience' | 'console'; readonly data: string };

/** A message from the channel, if it is one of ours and about this dataset. */
export function readMessage(raw: unknown, data: string): PresentMessage | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const m = raw as Record<string, unknown>;
  if (m.data !== data) return null;
  switch (m.type) {
    case 'hello':
    case 'bye':
      return m.role === 'audience' || m.role === 'console' ? (m as unknown as PresentMessage) : null;
    case 'go':
      return Number.isInteger(m.scene) ? (m as unknown as PresentMessage) : null;
    case 'blank':
      return typeof m.blank === 'boolean' ? (m as unknown as PresentMessage) : null;
    case 'state': {
      const s = m.state as Record<string, unknown> | null;
      return s && Number.isInteger(s.scene) && Number.isInteger(s.count) && typeof s.startedAt === 'number'
        ? (m as unknown as PresentMessage)
        : null;
    }
    default:
      return null;
  }
}

/** "mm:ss", or "h:mm:ss" past the hour. */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${pad(m)}:${pad(s)}`;
}
