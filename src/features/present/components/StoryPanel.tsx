import { useEffect, useId, useLayoutEffect, useRef, useState, type DragEvent, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { short } from '../../../workspace/commands/labels';
import { useLocale } from '../../../i18n/useLocale';
import {
  insertScene,
  newSceneId,
  removeScene,
  reorderScenes,
  sceneFromView,
  sceneView,
  updateScene,
} from '../../../domain/scenes';
import type { LoadedDataset } from '../../../queries/datasetQuery';
import { useAppStore } from '../../../stores/store';
import { applySceneView } from '../applyScene';
import { exportDatasetArrow, exportDatasetJson, exportStoryHtml, exportStoryPdf, exportStoryPngs } from '../download';
import { presentSearch } from '../model/route';
import { usePresentData } from '../usePresentData';
import '../story.css';

/**
 * The story editor, behind a small "Story" button: add the current view as a scene,
 * reorder (drag, or the handle with ↑/↓), edit caption and notes, delete, present, export.
 */
export function StoryButton({ loaded }: { loaded: LoadedDataset }) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const { t } = useLocale();
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="story-button"
        aria-expanded={open}
        aria-controls="story-panel"
        onClick={() => setOpen((o) => !o)}
        title={t('story.buttonTitle')}
      >
        {t('story.title')}
      </button>
      {open && (
        <StoryPanel
          loaded={loaded}
          onClose={() => {
            setOpen(false);
            buttonRef.current?.focus();
          }}
        />
      )}
    </>
  );
}

function StoryPanel({ loaded, onClose }: { loaded: LoadedDataset; onClose: () => void }) {
  const { dataUrl, story } = usePresentData();
  const { t, locale } = useLocale();
  const scenes = story.scenes;
  const [announcement, setAnnouncement] = useState('');
  const [drawing, setDrawing] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  // Drawing every scene takes a moment; say so, and say why when it fails.
  const picture = async (format: string, run: () => Promise<void>) => {
    setDrawing(true);
    setFailure(null);
    setAnnouncement(t('story.drawing', { count: scenes.length, format }));
    try {
      await run();
      setAnnouncement(t('story.exported', { format }));
    } catch (e) {
      setFailure(t('story.exportFailed', { format, reason: (e as Error).message }));
    } finally {
      setDrawing(false);
    }
  };
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  const [dropAt, setDropAt] = useState<number | null>(null);
  const headingId = useId();
  const panelRef = useRef<HTMLElement>(null);
  // The moved scene's handle keeps focus once the saved order is shown (saves are async).
  const focusHandle = useRef<{ id: string; at: number } | null>(null);

  useEffect(() => {
    panelRef.current?.querySelector<HTMLElement>('.story__add')?.focus();
  }, []);
  // Below the page header, however many lines the toolbar wraps to.
  useLayoutEffect(() => {
    const header = document.querySelector('.app__header');
    if (header && panelRef.current) panelRef.current.style.top = `${Math.round(header.getBoundingClientRect().bottom)}px`;
  }, []);
  useEffect(() => {
    const pending = focusHandle.current;
    if (!pending || scenes[pending.at]?.id !== pending.id) return;
    panelRef.current?.querySelector<HTMLElement>(`[data-handle="${CSS.escape(pending.id)}"]`)?.focus();
    focusHandle.current = null;
  });

  const update = story.update;

  const addCurrent = () => {
    const s = useAppStore.getState();
    const event = s.selectedEventId ? loaded.index.eventById.get(s.selectedEventId) : undefined;
    const scene = sceneFromView(
      { window: s.window, laneMode: s.laneMode, foldGaps: s.foldGaps, filters: s.filters, selectedEventId: s.selectedEventId, selectedEvidence: s.selectedEvidence },
      { id: newSceneId(scenes), caption: event?.title ?? t('story.defaultCaption', { n: scenes.length + 1 }) },
    );
    update((latest) => insertScene(latest, scene), { key: 'addScene', params: { caption: short(scene.caption) } });
    setAnnouncement(t('story.added', { n: scenes.length + 1, caption: scene.caption }));
  };

  const move = (i: number, to: number) => {
    if (reorderScenes(scenes, i, to) === scenes) return;
    const { id, caption } = scenes[i]!;
    focusHandle.current = { id, at: Math.max(0, Math.min(scenes.length - 1, to)) };
    // By id, on the story as it is when written: a move never undoes an edit still being saved.
    update((latest) => reorderScenes(latest, latest.findIndex((x) => x.id === id), to - i + latest.findIndex((x) => x.id === id)), { key: 'moveScene', params: { caption: short(caption) } });
    setAnnouncement(t('story.moved', { caption: scenes[i]!.caption, n: Math.max(0, Math.min(scenes.length - 1, to)) + 1, count: scenes.length }));
  };

  const onHandleKey = (e: ReactKeyboardEvent, i: number) => {
    const to = e.key === 'ArrowUp' ? i - 1 : e.key === 'ArrowDown' ? i + 1 : e.key === 'Home' ? 0 : e.key === 'End' ? scenes.length - 1 : null;
    if (to === null) return;
    e.preventDefault();
    move(i, to);
  };

  const onDrop = (e: DragEvent, i: number) => {
    e.preventDefault();
    if (dragFrom !== null) move(dragFrom, dragFrom < i ? i - 1 : i);
    setDragFrom(null);
    setDropAt(null);
  };

  return (
    <aside
      id="story-panel"
      className="story"
      aria-labelledby={headingId}
      ref={panelRef}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onClose();
        }
      }}
    >
      <header className="story__head">
        <h2 id={headingId} className="story__title">
          {t('story.title')} <span className="story__count">{t('story.scenes', { count: scenes.length })}</span>
        </h2>
        <button type="button" onClick={onClose} aria-label={t('story.close')}>
          ✕
        </button>
      </header>
      <div className="story__actions">
        <button type="button" className="story__add" onClick={addCurrent}>
          + {t('story.add')}
        </button>
        <a className="story__present" href={presentSearch(dataUrl, 1)}>
          ▶ {t('story.present')}
        </a>
      </div>
      <p className="story__hint">
        {t('story.hint')} {story.edited ? t('story.edited') : t('story.own')}
      </p>
      {story.error && (
        <p role="alert" className="story__error">
          {story.error}
        </p>
      )}
      <ol className="story__list" aria-label={t('story.sceneList')}>
        {scenes.map((scene, i) => (
          <li
            key={scene.id}
            className={`story__scene${dropAt === i ? ' is-drop-target' : ''}${dragFrom === i ? ' is-dragging' : ''}`}
            onDragOver={(e) => {
              if (dragFrom === null) return;
              e.preventDefault();
              setDropAt(i);
            }}
            onDrop={(e) => onDrop(e, i)}
          >
            <div className="story__row">
              {/* A div, not a <button>: Chromium starts no drag from a button. */}
              <div
                role="button"
                tabIndex={0}
                className="story__handle"
                draggable
                data-handle={scene.id}
                aria-label={t('story.handle', { n: i + 1 })}
                aria-roledescription={t('story.handleRole')}
                onKeyDown={(e) => onHandleKey(e, i)}
                onDragStart={(e) => {
                  e.dataTransfer.effectAllowed = 'move';
                  e.dataTransfer.setData('text/plain', scene.id);
                  setDragFrom(i);
                }}
                onDragEnd={() => {
                  setDragFrom(null);
                  setDropAt(null);
                }}
              >
                <span aria-hidden="true">⠿</span> {i + 1}
              </div>
              <input
                type="text"
                className="story__caption"
                // A new value (an undo, another window) replaces what the field shows.
                key={scene.caption}
                aria-label={t('story.caption', { n: i + 1 })}
                defaultValue={scene.caption}
                maxLength={300}
                onBlur={(e) => {
                  const caption = e.target.value.trim();
                  if (caption && caption !== scene.caption) update((latest) => updateScene(latest, scene.id, { caption }), { key: 'renameScene', params: { caption: short(scene.caption) } });
                  else e.target.value = scene.caption;
                }}
              />
            </div>
            <textarea
              className="story__notes"
              key={scene.notes}
              aria-label={t('story.notes', { n: i + 1 })}
              placeholder={t('story.notesPlaceholder')}
              rows={2}
              defaultValue={scene.notes}
              onBlur={(e) => {
                if (e.target.value !== scene.notes) {
                  const notes = e.target.value;
                  update((latest) => updateScene(latest, scene.id, { notes }), { key: 'editSceneNotes', params: { caption: short(scene.caption) } });
                }
              }}
            />
            <div className="story__tools">
              <button type="button" onClick={() => applySceneView(sceneView(scene), { animate: true })}>
                {t('story.show')}
              </button>
              <button type="button" onClick={() => move(i, i - 1)} disabled={i === 0} aria-label={t('story.moveUp', { n: i + 1 })}>
                ↑
              </button>
              <button type="button" onClick={() => move(i, i + 1)} disabled={i === scenes.length - 1} aria-label={t('story.moveDown', { n: i + 1 })}>
                ↓
              </button>
              <label className="story__check">
                <input
                  type="checkbox"
                  checked={scene.showUnreviewed}
                  onChange={(e) => {
                    const showUnreviewed = e.target.checked;
                    update((latest) => updateScene(latest, scene.id, { showUnreviewed }), { key: 'sceneShows', params: { caption: short(scene.caption) } });
                  }}
                />
                {t('story.showUnreviewed')}
              </label>
              <a href={presentSearch(dataUrl, i + 1)}>{t('story.presentFromHere')}</a>
              <button
                type="button"
                className="story__delete"
                onClick={() => {
                  update((latest) => removeScene(latest, scene.id), { key: 'deleteScene', params: { caption: short(scene.caption) } });
                  setAnnouncement(t('story.deleted', { n: i + 1, caption: scene.caption }));
                }}
                aria-label={t('story.delete', { n: i + 1 })}
              >
                {t('details.delete')}
              </button>
            </div>
          </li>
        ))}
      </ol>
      <footer className="story__foot">
        <button type="button" onClick={() => exportStoryHtml(loaded.index, scenes, locale)} disabled={scenes.length === 0}>
          {t('story.exportHtml')}
        </button>
        <button type="button" onClick={() => void picture('PDF', () => exportStoryPdf(loaded, scenes, locale))} disabled={scenes.length === 0 || drawing}>
          {t('story.exportPdf')}
        </button>
        <button type="button" onClick={() => void picture('PNG', () => exportStoryPngs(loaded, scenes, locale))} disabled={scenes.length === 0 || drawing}>
          {t('story.exportPngs')}
        </button>
        <button type="button" onClick={() => exportDatasetJson(loaded.index, scenes)}>
          {t('story.exportJson')}
        </button>
        <button type="button" onClick={() => void exportDatasetArrow(loaded.index, scenes)}>
          {t('story.exportArrow')}
        </button>
        {story.edited && (
          <button type="button" onClick={() => story.reset()}>
            {t('story.revert')}
          </button>
        )}
      </footer>
      {failure && (
        <p role="alert" className="story__failure">
          {failure}
        </p>
      )}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </aside>
  );
}
