import { useEffect, useRef } from 'react';
import type { LoadedDataset } from '../../queries/datasetQuery';
import { useAppStore } from '../../stores/store';
import { findShortcut } from './shortcuts';

import { isTextField } from '../../components/ui/isTextField';

export const SEARCH_INPUT_ID = 'event-search';


/** Global shortcuts, from the key map in shortcuts.ts. */
export function useShortcuts(loaded: LoadedDataset, visible: Uint32Array): void {
  const latest = useRef({ loaded, visible });
  useEffect(() => {
    latest.current = { loaded, visible };
  }, [loaded, visible]);

  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      const shortcut = findShortcut(e, isTextField(document.activeElement));
      if (!shortcut) return;
      e.preventDefault();
      shortcut.perform({
        state: useAppStore.getState(),
        ...latest.current,
        focusSearch: () => {
          const input = document.getElementById(SEARCH_INPUT_ID);
          if (input instanceof HTMLInputElement) {
            input.focus();
            input.select();
          }
        },
      });
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
