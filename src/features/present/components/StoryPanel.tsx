import { useEffect, useId, useLayoutEffect, useRef, useState, type DragEvent, type KeyboardEvent as ReactKeyboardEvent } from 'react';
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
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="story-button"
        aria-expanded={open}
        aria-controls="story-panel"
        onClick={() => setOpen((o) => !o)}
        title="Story: scenes for presenter mode"
      >
        Story
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
  const scenes = story.scenes;
  const [announcement, setAnnouncement] = useState('');
  const [drawing, setDrawing] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  // Drawing every scene takes a moment; say so, and say why when it fails.
  const picture = async (format: string, run: () => Promise<void>) => {
    setDrawing(true);
    setFailure(null);
    setAnnouncement(`Drawing ${scenes.length} scenes as ${format}…`);
    try {
      await run();
      setAnnouncement(`The story was exported as ${format}.`);
    } catch (e) {
      setFailure(`The story could not be exported as ${format}: ${(e as Error).message}`);
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
      { id: newSceneId(scenes), caption: event?.title ?? `Scene ${scenes.length + 1}` },
    );
    update((latest) => insertScene(latest, scene), `add the scene “${scene.caption}”`);
    setAnnouncement(`Added scene ${scenes.length + 1}: ${scene.caption}`);
  };

  const move = (i: number, to: number) => {
    if (reorderScenes(scenes, i, to) === scenes) return;
    const { id, caption } = scenes[i]!;
    focusHandle.current = { id, at: Math.max(0, Math.min(scenes.length - 1, to)) };
    // By id, on the story as it is when written: a move never undoes an edit still being saved.
    update((latest) => reorderScenes(latest, latest.findIndex((x) => x.id === id), to - i + latest.findIndex((x) => x.id === id)), `move the scene “${caption}”`);
    setAnnouncement(`${scenes[i]!.caption} moved to position ${Math.max(0, Math.min(scenes.length - 1, to)) + 1} of ${scenes.length}`);
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
          Story <span className="story__count">{scenes.length} {scenes.length === 1 ? 'scene' : 'scenes'}</span>
        </h2>
        <button type="button" onClick={onClose} aria-label="Close the story panel">
          ✕
        </button>
      </header>
      <div className="story__actions">
        <button type="button" className="story__add" onClick={addCurrent}>
          + Add current view
        </button>
        <a className="story__present" href={presentSearch(dataUrl, 1)}>
          ▶ Present
        </a>
      </div>
      <p className="story__hint">
        Drag a scene by its handle, or focus the handle and press ↑ ↓. {story.edited ? 'Your edits, kept in this workspace; Ctrl+Z undoes them.' : 'The dataset’s own story.'}
      </p>
      {story.error && (
        <p role="alert" className="story__error">
          {story.error}
        </p>
      )}
      <ol className="story__list" aria-label="Scenes">
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
                aria-label={`Scene ${i + 1}: move with the arrow keys`}
                aria-roledescription="sortable handle"
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
                aria-label={`Caption of scene ${i + 1}`}
                defaultValue={scene.caption}
                maxLength={300}
                onBlur={(e) => {
                  const caption = e.target.value.trim();
                  if (caption && caption !== scene.caption) update((latest) => updateScene(latest, scene.id, { caption }), `rename the scene “${scene.caption}”`);
                  else e.target.value = scene.caption;
                }}
              />
            </div>
            <textarea
              className="story__notes"
              key={scene.notes}
              aria-label={`Speaker notes of scene ${i + 1}`}
              placeholder="Speaker notes (console only)"
              rows={2}
              defaultValue={scene.notes}
              onBlur={(e) => {
                if (e.target.value !== scene.notes) {
                  const notes = e.target.value;
                  update((latest) => updateScene(latest, scene.id, { notes }), `edit the notes of “${scene.caption}”`);
                }
              }}
            />
            <div className="story__tools">
              <button type="button" onClick={() => applySceneView(sceneView(scene), { animate: true })}>
                Show
              </button>
              <button type="button" onClick={() => move(i, i - 1)} disabled={i === 0} aria-label={`Move scene ${i + 1} up`}>
                ↑
              </button>
              <button type="button" onClick={() => move(i, i + 1)} disabled={i === scenes.length - 1} aria-label={`Move scene ${i + 1} down`}>
                ↓
              </button>
              <label className="story__check">
                <input
                  type="checkbox"
                  checked={scene.showUnreviewed}
                  onChange={(e) => {
                    const showUnreviewed = e.target.checked;
                    update((latest) => updateScene(latest, scene.id, { showUnreviewed }), `change what “${scene.caption}” shows`);
                  }}
                />
                Show unreviewed
              </label>
              <a href={presentSearch(dataUrl, i + 1)}>Present from here</a>
              <button
                type="button"
                className="story__delete"
                onClick={() => {
                  update((latest) => removeScene(latest, scene.id), `delete the scene “${scene.caption}”`);
                  setAnnouncement(`Deleted scene ${i + 1}: ${scene.caption}`);
                }}
                aria-label={`Delete scene ${i + 1}`}
              >
                Delete
              </button>
            </div>
          </li>
        ))}
      </ol>
      <footer className="story__foot">
        <button type="button" onClick={() => exportStoryHtml(loaded.index, scenes)} disabled={scenes.length === 0}>
          Export story (HTML)
        </button>
        <button type="button" onClick={() => void picture('PDF', () => exportStoryPdf(loaded, scenes))} disabled={scenes.length === 0 || drawing}>
          Export story (PDF)
        </button>
        <button type="button" onClick={() => void picture('PNG', () => exportStoryPngs(loaded, scenes))} disabled={scenes.length === 0 || drawing}>
          Export scenes (PNG)
        </button>
        <button type="button" onClick={() => exportDatasetJson(loaded.index, scenes)}>
          Export dataset (JSON)
        </button>
        <button type="button" onClick={() => void exportDatasetArrow(loaded.index, scenes)}>
          Export dataset (Arrow)
        </button>
        {story.edited && (
          <button type="button" onClick={() => story.reset()}>
            Revert to the dataset’s story
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
