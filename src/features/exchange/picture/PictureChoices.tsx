import { useState } from 'react';
import { downloadFile, fileSlug } from '../../../components/ui/download';
import type { LoadedDataset } from '../../../queries/datasetQuery';
import { useAppStore } from '../../../stores/store';
import { useLocale } from '../../../i18n/useLocale';
import { pictureSvg, picturePng, picturesPdf } from './pictureFiles';
import { pictureWidth } from './scenePictures';
import { viewPicture, type ViewPicture } from './viewPicture';

/**
 * The view as a picture: the timeline as the analyst sees it (window, lanes, fold, search
 * and filters, selection), redrawn with a numbered citation for every labelled event.
 */
export function PictureChoices({ loaded, visible, onDone }: { loaded: LoadedDataset; visible: Uint32Array; onDone: () => void }) {
  const { t, locale } = useLocale();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const picture = (): ViewPicture => {
    const s = useAppStore.getState();
    const title = loaded.index.dataset.title ?? 'Timeline';
    return viewPicture({
      index: loaded.index,
      visible,
      window: s.window ? [s.window.start, s.window.end] : null,
      laneMode: s.laneMode,
      fold: s.foldGaps,
      width: pictureWidth(),
      locale,
      title,
      selectedEventId: s.selectedEventId,
    });
  };

  const run = async (label: string, make: (p: ViewPicture) => Promise<{ blob: Blob; ext: string }>) => {
    setBusy(label);
    setError(null);
    try {
      const p = picture();
      const { blob, ext } = await make(p);
      downloadFile(`${fileSlug(p.title)}-view.${ext}`, blob, blob.type);
      onDone();
    } catch (e) {
      setError(t('export.pictureFailed', { reason: (e as Error).message }));
    } finally {
      setBusy(null);
    }
  };

  const choices = [
    { id: 'png', label: t('export.picturePng'), hint: t('export.picturePngHint'), make: async (p: ViewPicture) => ({ blob: await picturePng(p), ext: 'png' }) },
    { id: 'svg', label: t('export.pictureSvg'), hint: t('export.pictureSvgHint'), make: async (p: ViewPicture) => ({ blob: pictureSvg(p), ext: 'svg' }) },
    { id: 'pdf', label: t('export.picturePdf'), hint: t('export.picturePdfHint'), make: async (p: ViewPicture) => ({ blob: await picturesPdf([p], p.title), ext: 'pdf' }) },
  ];

  return (
    <>
      <ul className="exchange__choices" aria-busy={busy !== null}>
        {choices.map((choice) => (
          <li key={choice.id}>
            <button type="button" disabled={busy !== null} onClick={() => void run(choice.id, choice.make)}>
              {busy === choice.id ? t('export.pictureDrawing', { label: choice.label }) : choice.label}
            </button>
            <span className="exchange__hint">{choice.hint}</span>
          </li>
        ))}
      </ul>
      {error && (
        <p role="alert" className="exchange__error">
          {error}
        </p>
      )}
    </>
  );
}
