import type { MessageCode } from '../domain/when';
import type { StateCreator } from 'zustand';

export type ThemeChoice = 'system' | 'light' | 'dark' | 'contrast';

/** App-wide UI state that is neither shareable (URL) nor data (queries). */
export interface UiSlice {
  readonly theme: ThemeChoice;
  readonly helpOpen: boolean;
  /** Problems with URL parameters, shown once and dismissable. */
  readonly urlProblems: readonly { path: string; message: string; code?: MessageCode }[];
  /** The dataset address from ?data=, or null for the built-in one. Set once at start. */
  readonly dataUrl: string | null;
  setTheme: (theme: ThemeChoice) => void;
  setHelpOpen: (open: boolean) => void;
  setUrlProblems: (problems: readonly { path: string; message: string; code?: MessageCode }[]) => void;
}

const THEME_KEY = 'sourceline.theme';

function storedTheme(): ThemeChoice {
  try {
    const t = globalThis.localStorage?.getItem(THEME_KEY);
    return t === 'light' || t === 'dark' || t === 'contrast' ? t : 'system';
  } catch {
    return 'system';
  }
}

export const createUiSlice: StateCreator<UiSlice, [], [], UiSlice> = (set) => ({
  theme: storedTheme(),
  helpOpen: false,
  urlProblems: [],
  dataUrl: null,
  setTheme: (theme) => {
    try {
      if (theme === 'system') globalThis.localStorage?.removeItem(THEME_KEY);
      else globalThis.localStorage?.setItem(THEME_KEY, theme);
    } catch {
      // Private mode or storage disabled: the choice lasts for this page only.
    }
    set({ theme });
  },
  setHelpOpen: (helpOpen) => set({ helpOpen }),
  setUrlProblems: (urlProblems) => set({ urlProblems }),
});
