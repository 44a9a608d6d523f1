/**
 * The canvas' palette, read from the theme's CSS custom properties so that the canvas and
 * the DOM always agree (and both switch with html[data-theme]).
 */
import type { EventKind } from '../../../domain/schema';

export interface TimelineColors {
  readonly bg: string;
  readonly surface: string;
  readonly text: string;
  readonly textMuted: string;
  readonly border: string;
  readonly grid: string;
  readonly fold: string;
  readonly selection: string;
  readonly focus: string;
  readonly accent: string;
  /** Indexed by KIND_INDEX. */
  readonly kinds: readonly [string, string, string];
  readonly font: string;
}

export const KIND_ORDER: readonly EventKind[] = ['occurrence', 'report', 'anniversary'];

export const KIND_INDEX: Readonly<Record<EventKind, number>> = { occurrence: 0, report: 1, anniversary: 2 };

/** Used before the stylesheet is readable (and in tests): the light theme's values. */
export const FALLBACK_COLORS: TimelineColors = {
  bg: '#ffffff',
  surface: '#f4f6f8',
  text: '#161a20',
  textMuted: '#4a5361',
  border: '#b9c0ca',
  grid: '#e3e7ec',
  fold: '#6b7280',
  selection: '#d97706',
  focus: '#1d4ed8',
  accent: '#1d4ed8',
  kinds: ['#1d4ed8', '#7e22ce', '#b45309'],
  font: 'system-ui, sans-serif',
};

export function readColors(element: Element): TimelineColors {
  const style = getComputedStyle(element);
  const v = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const f = FALLBACK_COLORS;
  return {
    bg: v('--bg', f.bg),
    surface: v('--surface', f.surface),
    text: v('--text', f.text),
    textMuted: v('--text-muted', f.textMuted),
    border: v('--border', f.border),
    grid: v('--grid', f.grid),
    fold: v('--fold', f.fold),
    selection: v('--selection', f.selection),
    focus: v('--focus', f.focus),
    accent: v('--accent', f.accent),
    kinds: [
      v('--kind-occurrence', f.kinds[0]),
      v('--kind-report', f.kinds[1]),
      v('--kind-anniversary', f.kinds[2]),
    ],
    font: v('--font', f.font),
  };
}
