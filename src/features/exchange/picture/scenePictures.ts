import type { DatasetIndex } from '../../../domain/dataset';
import { isPresentable, sceneView, type Scene } from '../../../domain/scenes';
import { filterEvents } from '../../../domain/search';
import { viewPicture, type ViewPicture } from './viewPicture';

/** A picture's width: the page's, so a 1,280 px window gives a 2,560 px PNG (kept within 960–2,400 px). */
export function pictureWidth(): number {
  return Math.min(2400, Math.max(960, document.documentElement.clientWidth || 1280));
}

/**
 * Each scene of a story as a picture: the view it restores (window, lanes, fold, filters,
 * selected event) with what presenter mode shows in it — unreviewed and low-confidence
 * events only when the scene says so — and its caption as the picture's caption.
 */
export function scenePictures(
  index: DatasetIndex,
  searchText: () => readonly string[],
  scenes: readonly Scene[],
  options: { readonly width: number; readonly locale: string; readonly title: string },
): ViewPicture[] {
  return scenes.map((scene) => {
    const view = sceneView(scene);
    const shown = filterEvents(index, searchText, view.filters).filter((i) => isPresentable(index.dataset.events[i]!, view.showUnreviewed));
    return viewPicture({
      index,
      visible: shown,
      window: view.window ? [view.window.start, view.window.end] : null,
      laneMode: view.laneMode,
      fold: view.foldGaps,
      width: options.width,
      locale: options.locale,
      title: options.title,
      caption: scene.caption,
      selectedEventId: view.selectedEventId,
    });
  });
}
