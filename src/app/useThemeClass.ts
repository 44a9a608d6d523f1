import { useEffect } from 'react';
import { useAppStore } from '../stores/store';

/**
 * Puts the effective theme on <html data-theme>: the user's choice, or the system's
 * prefers-color-scheme (followed live when it changes) when the choice is "system".
 */
export function useThemeClass(): void {
  const theme = useAppStore((s) => s.theme);
  useEffect(() => {
    const root = document.documentElement;
    const query = window.matchMedia('(prefers-color-scheme: dark)');
    const apply = () => {
      root.dataset.theme = theme === 'system' ? (query.matches ? 'dark' : 'light') : theme;
    };
    apply();
    query.addEventListener('change', apply);
    return () => query.removeEventListener('change', apply);
  }, [theme]);
}
