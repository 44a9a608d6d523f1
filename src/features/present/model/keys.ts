/**
 * Presenter keys, as data: what each key does in the audience window and in the console.
 * Clickers send PageUp/PageDown; a number typed and then Enter jumps to that scene.
 */
export interface PresenterActions {
  next(): void;
  previous(): void;
  first(): void;
  last(): void;
  jump(n: number): void;
  toggleFullscreen(): void;
  blank(): void;
  exit(): void;
  cycleTheme(): void;
}

export interface PresenterKey {
  readonly id: Exclude<keyof PresenterActions, 'jump'> | 'digit' | 'enter';
  /** As shown in help text. */
  readonly keys: readonly string[];
  readonly description: string;
  readonly test: (e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>) => boolean;
}

const plain = (e: Pick<KeyboardEvent, 'ctrlKey' | 'metaKey' | 'altKey'>) => !e.ctrlKey && !e.metaKey && !e.altKey;

export const PRESENTER_KEYS: readonly PresenterKey[] = [
  { id: 'next', keys: ['→', 'Space', 'PageDown'], description: 'Next scene', test: (e) => plain(e) && ['ArrowRight', ' ', 'PageDown', 'ArrowDown'].includes(e.key) },
  { id: 'previous', keys: ['←', 'PageUp'], description: 'Previous scene', test: (e) => plain(e) && ['ArrowLeft', 'PageUp', 'ArrowUp'].includes(e.key) },
  { id: 'first', keys: ['Home'], description: 'First scene', test: (e) => plain(e) && e.key === 'Home' },
  { id: 'last', keys: ['End'], description: 'Last scene', test: (e) => plain(e) && e.key === 'End' },
  { id: 'digit', keys: ['1…9'], description: 'Type a scene number…', test: (e) => plain(e) && /^[0-9]$/.test(e.key) },
  { id: 'enter', keys: ['Enter'], description: '…then Enter to jump to it', test: (e) => plain(e) && e.key === 'Enter' },
  { id: 'toggleFullscreen', keys: ['F'], description: 'Full screen on or off', test: (e) => plain(e) && (e.key === 'f' || e.key === 'F') },
  { id: 'blank', keys: ['B'], description: 'Blank the screen (any key brings it back)', test: (e) => plain(e) && (e.key === 'b' || e.key === 'B') },
  { id: 'cycleTheme', keys: ['T'], description: 'Light, dark, high-contrast theme', test: (e) => plain(e) && (e.key === 't' || e.key === 'T') },
  { id: 'exit', keys: ['Esc'], description: 'Leave presenter mode', test: (e) => e.key === 'Escape' },
];

export interface KeyState {
  /** Digits typed so far for a jump. */
  readonly typed: string;
  readonly blank: boolean;
}

export const INITIAL_KEY_STATE: KeyState = { typed: '', blank: false };

/**
 * One key press: the new key state, and whether the key was used. While blank, any key
 * only brings the screen back. `actions` is called for what the key does.
 */
export function pressKey(
  state: KeyState,
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>,
  actions: PresenterActions,
  keys: readonly PresenterKey[] = PRESENTER_KEYS,
): { state: KeyState; handled: boolean } {
  if (['Shift', 'Control', 'Alt', 'Meta'].includes(e.key)) return { state, handled: false };
  if (state.blank) return { state: { ...state, blank: false }, handled: true };
  const key = keys.find((k) => k.test(e));
  if (!key) return { state: state.typed ? { ...state, typed: '' } : state, handled: false };
  switch (key.id) {
    case 'digit':
      return { state: { ...state, typed: (state.typed + e.key).slice(-4) }, handled: true };
    case 'enter':
      if (!state.typed) return { state, handled: false };
      actions.jump(Number(state.typed));
      return { state: { ...state, typed: '' }, handled: true };
    case 'blank':
      actions.blank();
      return { state: { typed: '', blank: true }, handled: true };
    default:
      actions[key.id]();
      return { state: state.typed ? { ...state, typed: '' } : state, handled: true };
  }
}
