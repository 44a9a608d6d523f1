import { useEffect, useRef, type RefObject } from 'react';
import { FALLBACK_COLORS, readColors, type TimelineColors } from '../canvas/colors';

/**
 * The theme's colours for the canvas, in a ref (drawing reads it; React need not render).
 * They are re-read when <html data-theme> (or its class/style) changes and when the
 * system colour scheme changes, and `onChange` is called so the canvas can redraw (also
 * when the device pixel ratio changes).
 */
export function useThemeColors(ref: RefObject<Element | null>, onChange: () => void): RefObject<TimelineColors> {
  const colors = useRef<TimelineColors>(FALLBACK_COLORS);
  const callback = useRef(onChange);
  useEffect(() => {
    callback.current = onChange;
  }, [onChange]);

  useEffect(() => {
    const element = ref.current ?? document.documentElement;
    const refresh = () => {
      colors.current = readColors(element);
      callback.current();
    };
    refresh();
    const observer = new MutationObserver(refresh);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme', 'class', 'style'] });
    const scheme = window.matchMedia('(prefers-color-scheme: dark)');
    // The theme hook sets data-theme in its own listener; read after it has run.
    const onScheme = () => requestAnimationFrame(refresh);
    scheme.addEventListener('change', onScheme);
    // A window dragged to a screen with another pixel ratio needs a sharper (or lighter)
    // canvas: redraw, which re-sizes the backing store.
    let ratio: MediaQueryList | null = null;
    const onRatio = () => {
      ratio?.removeEventListener('change', onRatio);
      ratio = window.matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`);
      ratio.addEventListener('change', onRatio);
      callback.current();
    };
    ratio = window.matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`);
    ratio.addEventListener('change', onRatio);
    return () => {
      observer.disconnect();
      scheme.removeEventListener('change', onScheme);
      ratio?.removeEventListener('change', onRatio);
    };
  }, [ref]);

  return colors;
}
