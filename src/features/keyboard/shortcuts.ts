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
  /** Catalogue key of what the shortcut does. */
  readonly descriptionKey: string;
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
    descriptionKey: 'shortcuts.next',
    test: (e) => plain(e) && !e.shiftKey && e.key === 'ArrowRight',
    perform: (ctx) => step(ctx, 1),
  },
  {
    id: 'previous',
    keys: ['←'],
    descriptionKey: 'shortcuts.previous',
    test: (e) => plain(e) && !e.shiftKey && e.key === 'ArrowLeft',
    perform: (ctx) => step(ctx, -1),
  },
  {
    id: 'pan-right',
    keys: ['Shift', '→'],
    descriptionKey: 'shortcuts.panLater',
    test: (e) => plain(e) && e.shiftKey && e.key === 'ArrowRight',
    perform: ({ state }) => state.requestView({ type: 'pan', fraction: 0.25 }),
  },
  {
    id: 'pan-left',
    keys: ['Shift', '←'],
    descriptionKey: 'shortcuts.panEarlier',
    test: (e) => plain(e) && e.shiftKey && e.key === 'ArrowLeft',
    perform: ({ state }) => state.requestView({ type: 'pan', fraction: -0.25 }),
  },
  {
    id: 'zoom-in',
    keys: ['+'],
    descriptionKey: 'shortcuts.zoomIn',
    test: (e) => plain(e) && (e.key === '+' || e.key === '='),
    perform: ({ state }) => state.requestView({ type: 'zoom', factor: 2 }),
  },
  {
    id: 'zoom-out',
    keys: ['−'],
    descriptionKey: 'shortcuts.zoomOut',
    test: (e) => plain(e) && (e.key === '-' || e.key === '_' || e.key === '−'),
    perform: ({ state }) => state.requestView({ type: 'zoom', factor: 0.5 }),
  },
  {
    id: 'fit',
    keys: ['0'],
    descriptionKey: 'shortcuts.fitAll',
    test: (e) => plain(e) && e.key === '0',
    perform: ({ state }) => state.fitAll(),
  },
  {
    id: 'search',
    keys: ['/'],
    descriptionKey: 'shortcuts.search',
    test: (e) => plain(e) && e.key === '/',
    perform: ({ focusSearch }) => focusSearch(),
  },
  {
    id: 'import',
    keys: ['i'],
    descriptionKey: 'shortcuts.import',
    test: (e) => plain(e) && !e.shiftKey && e.key === 'i',
    perform: ({ state }) => state.setImportOpen(true),
  },
  {
    id: 'clear',
    keys: ['Esc'],
    descriptionKey: 'shortcuts.clear',
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
    descriptionKey: 'shortcuts.help',
    test: (e) => e.key === '?' && !e.ctrlKey && !e.metaKey,
    perform: ({ state }) => state.setHelpOpen(!state.helpOpen),
  },
];

export function findShortcut(e: KeyboardEvent, inTextField: boolean): Shortcut | undefined {
  return SHORTCUTS.find((s) => (!inTextField || s.inTextFields) && s.test(e));
}
