import { stepEvent } from '../../domain/navigation';
import type { LoadedDataset } from '../../queries/datasetQuery';
import type { AppState } from '../../stores/store';

/**
 * The key map, as data: what each key does, shown in the help overlay and performed
 * by useShortcuts. `test` sees the key event; `perform` gets the store and the view.
 */
export interface ShortcutContext {
  readonly state: AppState;
  readonly loaded: LoadedDataset;
  /** Indices into dataset.events that pass the filters, in time order. */
  readonly visible: Uint32Array;
  readonly focusSearch: () => void;
}

export interface Shortcut {
  readonly id: string;
  /** How the keys are shown in the help overlay. */
  readonly keys: readonly string[];
  readonly description: string;
  readonly test: (e: KeyboardEvent) => boolean;
  readonly perform: (ctx: ShortcutContext) => void;
  /** Also works while typing in a text field. */
  readonly inTextFields?: boolean;
}

const plain = (e: KeyboardEvent) => !e.ctrlKey && !e.metaKey && !e.altKey;

function step(ctx: ShortcutContext, direction: 1 | -1) {
  const { state, loaded, visible } = ctx;
  const current = state.selectedEventId === null ? null : (loaded.index.eventIndexById.get(state.selectedEventId) ?? null);
  const next = stepEvent(visible, current, direction);
  if (next !== null && next !== current) state.selectEvent(loaded.index.dataset.events[next]!.id);
}

export const SHORTCUTS: readonly Shortcut[] = [
  {
    id: 'next',
    keys: ['→'],
    description: 'Next event in time',
    test: (e) => plain(e) && !e.shiftKey && e.key === 'ArrowRight',
    perform: (ctx) => step(ctx, 1),
  },
  {
    id: 'previous',
    keys: ['←'],
    description: 'Previous event in time',
    test: (e) => plain(e) && !e.shiftKey && e.key === 'ArrowLeft',
    perform: (ctx) => step(ctx, -1),
  },
  {
    id: 'pan-right',
    keys: ['Shift', '→'],
    description: 'Move the view later',
    test: (e) => plain(e) && e.shiftKey && e.key === 'ArrowRight',
    perform: ({ state }) => state.requestView({ type: 'pan', fraction: 0.25 }),
  },
  {
    id: 'pan-left',
    keys: ['Shift', '←'],
    description: 'Move the view earlier',
    test: (e) => plain(e) && e.shiftKey && e.key === 'ArrowLeft',
    perform: ({ state }) => state.requestView({ type: 'pan', fraction: -0.25 }),
  },
  {
    id: 'zoom-in',
    keys: ['+'],
    description: 'Zoom in',
    test: (e) => plain(e) && (e.key === '+' || e.key === '='),
    perform: ({ state }) => state.requestView({ type: 'zoom', factor: 2 }),
  },
  {
    id: 'zoom-out',
    keys: ['−'],
    description: 'Zoom out',
    test: (e) => plain(e) && (e.key === '-' || e.key === '_' || e.key === '−'),
    perform: ({ state }) => state.requestView({ type: 'zoom', factor: 0.5 }),
  },
  {
    id: 'fit',
    keys: ['0'],
    description: 'Fit all events',
    test: (e) => plain(e) && e.key === '0',
    perform: ({ state }) => state.fitAll(),
  },
  {
    id: 'search',
    keys: ['/'],
    description: 'Search',
    test: (e) => plain(e) && e.key === '/',
    perform: ({ focusSearch }) => focusSearch(),
  },
  {
    id: 'import',
    keys: ['i'],
    description: 'Import a document or a dataset',
    test: (e) => plain(e) && !e.shiftKey && e.key === 'i',
    perform: ({ state }) => state.setImportOpen(true),
  },
  {
    id: 'clear',
    keys: ['Esc'],
    description: 'Close this help, clear the search, or clear the selection',
    inTextFields: true,
    test: (e) => e.key === 'Escape',
    perform: ({ state }) => {
      const field = document.activeElement;
      if (state.helpOpen) state.setHelpOpen(false);
      else if (field instanceof HTMLInputElement && field.type === 'search') {
        if (state.filters.query) state.setQuery('');
        else field.blur();
      } else if (state.selectedEventId !== null) state.selectEvent(null);
      else if (state.filters.query) state.setQuery('');
    },
  },
  {
    id: 'help',
    keys: ['?'],
    description: 'Show or hide the keyboard shortcuts',
    test: (e) => e.key === '?' && !e.ctrlKey && !e.metaKey,
    perform: ({ state }) => state.setHelpOpen(!state.helpOpen),
  },
];

export function findShortcut(e: KeyboardEvent, inTextField: boolean): Shortcut | undefined {
  return SHORTCUTS.find((s) => (!inTextField || s.inTextFields) && s.test(e));
}
