import { useCallback, useEffect, useRef, type RefObject } from 'react';

/**
 * Coalesces redraw requests into at most one call per animation frame (excalidraw's
 * throttleRAF idea): a wheel burst or a 120 Hz pointer produces one draw per frame.
 */
export function useFrameScheduler(draw: RefObject<() => void>): () => void {
  const frame = useRef(0);
  useEffect(
    () => () => {
      if (frame.current) cancelAnimationFrame(frame.current);
      frame.current = 0;
    },
    [],
  );
  return useCallback(() => {
    if (frame.current) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      draw.current();
    });
  }, [draw]);
}
