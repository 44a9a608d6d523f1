import { useEffect, useMemo, useRef, useState } from 'react';
import { useLocale } from '../../i18n/useLocale';
import { datasetToInput } from '../../domain/serializeDataset';
import type { LoadedDataset } from '../../queries/datasetQuery';
import { useFilteredEvents } from '../../queries/useDataset';
import { downloadFile, fileSlug } from '../../components/ui/download';
import { EXPORT_CHOICES, type ExportRecords } from './exportFormats';
import { PictureChoices } from './picture/PictureChoices';
import './exchange.css';

/**
 * Export… in the toolbar: the chronology as it is shown (the dataset with the workspace
 * laid over it), whole or only the events the search and filters let through.
 */
export function ExportButton({ loaded }: { loaded: LoadedDataset }) {
  const [open, setOpen] = useState(false);
  const { t } = useLocale();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <>
      {/* An icon, like Undo and Redo, so that the header keeps one row at 1280 px. */}
      <button type="button" onClick={() => setOpen(true)} aria-label={t('export.button')} title={t('export.buttonTitle')}>
        <span aria-hidden="true">⤓</span>
      </button>
      <dialog ref={ref} className="exchange" aria-labelledby="export-title" onClose={() => setOpen(false)} onKeyDown={(e) => e.stopPropagation()}>
        {open && <ExportChoices loaded={loaded} onDone={() => setOpen(false)} />}
      </dialog>
    </>
  );
}

function ExportChoices({ loaded, onDone }: { loaded: LoadedDataset; onDone: () => void }) {
  const { t, locale } = useLocale();
  const visible = useFilteredEvents(loaded);
  const [onlyShown, setOnlyShown] = useState(false);
  const total = loaded.index.dataset.events.length;
  const records = useMemo<ExportRecords>(() => {
    const dataset = datasetToInput(loaded.index.dataset);
    const all = dataset.events as ExportRecords['events'];
    const shownIds = new Set(Array.from(visible, (i) => loaded.index.dataset.events[i]!.id));
    const events = onlyShown ? all.filter((e) => shownIds.has(e.id)) : all;
    return { title: loaded.index.dataset.title ?? 'chronology', sources: dataset.sources as ExportRecords['sources'], actors: loaded.index.dataset.actors, events, dataset };
  }, [loaded, visible, onlyShown]);

  return (
    <div className="exchange__body">
      <header className="exchange__head">
        <h2 id="export-title">{t('export.title')}</h2>
        <form method="dialog">
          <button type="submit" aria-label={t('export.close')}>
            ×
          </button>
        </form>
      </header>
      {visible.length !== total && (
        <label className="exchange__option">
          <input type="checkbox" checked={onlyShown} onChange={(e) => setOnlyShown(e.target.checked)} />
          {t('export.onlyShown', { shown: visible.length, count: total })}
        </label>
      )}
      <ul className="exchange__choices">
        {EXPORT_CHOICES.map((choice) => (
          <li key={choice.id}>
            <button
              type="button"
              onClick={async () => {
                downloadFile(choice.fileName(fileSlug(records.title)), await choice.content(records, locale), choice.type);
                onDone();
              }}
            >
              {t(`export.${choice.id}.label`)}
            </button>
            <span className="exchange__hint">{t(`export.${choice.id}.hint`)}</span>
          </li>
        ))}
      </ul>
      <p className="exchange__hint">
        {t('export.events', { count: records.events.length })} {t('export.formulaNote')}
      </p>
      <h3 className="exchange__section">{t('export.pictures')}</h3>
      <PictureChoices loaded={loaded} visible={visible} onDone={onDone} />
    </div>
  );
}
